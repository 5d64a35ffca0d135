package org.newsdesk.site.theme;

import java.util.EnumMap;
import java.util.Map;

import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.newsdesk.article.ArticleService;
import org.newsdesk.base.Language;
import org.newsdesk.base.LanguageAlternates;
import org.newsdesk.base.ui.BrowserHtml;
import org.newsdesk.base.ui.Initializer;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.featured.FeaturedNews;
import org.newsdesk.site.html.ThemeNews;
import org.newsdesk.site.html.ThemePageHtml;
import org.newsdesk.site.layout.PublicLayout;
import org.newsdesk.site.layout.PublicRoutes;
import org.newsdesk.theme.Theme;
import org.newsdesk.theme.ThemeService;

/**
 * A theme: what it is about, its full yearly action timeline and its latest news, as {@link ThemePageHtml} renders
 * it for the first response too. Written into the browser's page, not kept in the session.
 */
@Route(value = Addresses.THEME_ROUTE, layout = PublicLayout.class)
@AnonymousAllowed
class ThemeView extends Section implements BeforeEnterObserver, HasDynamicTitle, LanguageAlternates {

    private final ThemeService themes;
    private final ArticleService articles;
    private final FeaturedNews featuredNews;
    private Theme theme;

    ThemeView(ThemeService themes, ArticleService articles, FeaturedNews featuredNews) {
        this.themes = themes;
        this.articles = articles;
        this.featuredNews = featuredNews;
        addClassName("theme-page");
    }

    @Override
    @Initializer
    public void beforeEnter(BeforeEnterEvent event) {
        var language = PublicRoutes.enter(event);
        var slug = event.getRouteParameters().get("slug").orElse("");
        theme = themes.bySlug(language, slug).orElseThrow(NotFoundException::new);
        BrowserHtml.replaceContent(
                this,
                ThemePageHtml.content(
                        theme, themes.timeline(theme.id(), language), ThemeNews.load(articles, featuredNews, theme)));
    }

    @Override
    public Map<Language, String> alternates() {
        var paths = new EnumMap<Language, String>(Language.class);
        themes.slugs(theme.id()).forEach((language, slug) -> paths.put(language, Addresses.theme(language, slug)));
        return paths;
    }

    @Override
    public String getPageTitle() {
        return theme.name() + " | " + getTranslation(theme.language().locale(), "site.name");
    }
}
