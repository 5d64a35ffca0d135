package org.newsdesk.site.theme;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.NewsQuery;
import org.newsdesk.base.Language;
import org.newsdesk.base.LanguageAlternates;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.site.html.ArticleHtml;
import org.newsdesk.site.html.TimelineHtml;
import org.newsdesk.site.layout.PublicLayout;
import org.newsdesk.site.layout.PublicRoutes;
import org.newsdesk.theme.Theme;
import org.newsdesk.theme.ThemeService;

/** A theme: what it is about, its full yearly action timeline and its latest news. */
@Route(value = Addresses.THEME_ROUTE, layout = PublicLayout.class)
@AnonymousAllowed
class ThemeView extends Section implements BeforeEnterObserver, HasDynamicTitle, LanguageAlternates {

    private static final int NEWS_SHOWN = 6;

    private final ThemeService themes;
    private final ArticleService articles;
    private Theme theme;

    ThemeView(ThemeService themes, ArticleService articles) {
        this.themes = themes;
        this.articles = articles;
        addClassName("theme-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var language = PublicRoutes.enter(event);
        var slug = event.getRouteParameters().get("slug").orElse("");
        theme = themes.bySlug(language, slug).orElseThrow(NotFoundException::new);
        var locale = language.locale();
        removeAll();
        var heading = new H1(theme.name());
        heading.addClassName("page-title");
        add(heading);
        if (theme.description() != null && !theme.description().isBlank()) {
            var description = new Paragraph(theme.description());
            description.addClassName("theme-description");
            add(description);
        }
        var timeline = themes.timeline(theme.id(), language);
        if (!timeline.isEmpty()) {
            add(new Html(TimelineHtml.timeline(timeline, theme.name(), language, "h2")
                    .outerHtml()));
        }
        var news = articles.news(language, NewsQuery.ofTheme(theme.id()), null, NEWS_SHOWN);
        add(new H2(getTranslation(locale, "theme.news")));
        if (news.cards().isEmpty()) {
            add(new Paragraph(getTranslation(locale, "grid.noMatch")));
        } else {
            add(new Html(
                    ArticleHtml.cards(news.cards(), language, "news-grid", "h3").outerHtml()));
        }
        var all = new Anchor(
                Addresses.news(language) + "?theme=" + URLEncoder.encode(theme.slug(), StandardCharsets.UTF_8),
                getTranslation(locale, "theme.allNews", theme.name()));
        all.addClassName("more-news");
        add(all);
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
