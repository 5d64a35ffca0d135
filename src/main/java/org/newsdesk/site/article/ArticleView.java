package org.newsdesk.site.article;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.newsdesk.article.ArticlePage;
import org.newsdesk.article.ArticleService;
import org.newsdesk.base.Language;
import org.newsdesk.base.LanguageAlternates;
import org.newsdesk.base.ui.BrowserHtml;
import org.newsdesk.base.ui.Initializer;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.counting.ViewCounter;
import org.newsdesk.site.html.ArticleHtml;
import org.newsdesk.site.layout.GridReturnPath;
import org.newsdesk.site.layout.PublicLayout;
import org.newsdesk.site.layout.PublicRoutes;
import org.newsdesk.theme.ThemeService;
import org.newsdesk.theme.TimelineYear;

/** One published article, with the latest other news beside it. */
@Route(value = Addresses.ARTICLE_ROUTE, layout = PublicLayout.class)
@AnonymousAllowed
class ArticleView extends Div implements BeforeEnterObserver, HasDynamicTitle, LanguageAlternates {

    private static final int SIDEBAR_SIZE = 3;

    private final ArticleService articles;
    private final ThemeService themes;
    private final ViewCounter viewCounter;
    private ArticlePage page;

    ArticleView(ArticleService articles, ThemeService themes, ViewCounter viewCounter) {
        this.articles = articles;
        this.themes = themes;
        this.viewCounter = viewCounter;
        addClassName("article-page");
    }

    @Override
    @Initializer
    public void beforeEnter(BeforeEnterEvent event) {
        var language = PublicRoutes.enter(event);
        var slug = event.getRouteParameters().get("slug").orElse("");
        page = articles.published(language, slug).orElseThrow(NotFoundException::new);
        var counted = CountedArticles.of(VaadinSession.getCurrent().getSession());
        var userAgent = VaadinRequest.getCurrent().getHeader("User-Agent");
        if (viewCounter.countVisitorView(page.articleId(), counted, userAgent)) {
            page = page.withViews(page.views() + 1);
        }
        var timeline = page.themeId() == null ? List.<TimelineYear>of() : themes.timeline(page.themeId(), language);
        // Written into the browser's page: the session keeps no copy of the body, however long the tab stays open.
        BrowserHtml.replaceContent(
                this,
                List.of(
                        ArticleHtml.article(page, timeline, GridReturnPath.backTo(language)),
                        ArticleHtml.sidebar(
                                articles.latestOthers(language, page.articleId(), SIDEBAR_SIZE), language)));
    }

    @Override
    public Map<Language, String> alternates() {
        var paths = new EnumMap<Language, String>(Language.class);
        page.translations().forEach((language, slug) -> paths.put(language, Addresses.article(language, slug)));
        return paths;
    }

    @Override
    public String getPageTitle() {
        return page.title() + " | " + getTranslation(page.language().locale(), "site.name");
    }
}
