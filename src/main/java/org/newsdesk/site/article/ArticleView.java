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
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.newsdesk.article.ArticlePage;
import org.newsdesk.article.ArticleService;
import org.newsdesk.base.Language;
import org.newsdesk.base.LanguageAlternates;
import org.newsdesk.base.ui.BrowserHtml;
import org.newsdesk.base.ui.Initializer;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.base.web.PublicSiteUrlResolver;
import org.newsdesk.counting.ViewCounter;
import org.newsdesk.redirect.ArticleAddress;
import org.newsdesk.redirect.ArticleAddresses;
import org.newsdesk.site.error.ArticleGone;
import org.newsdesk.site.error.ArticleNotInLanguage;
import org.newsdesk.site.html.ArticleHtml;
import org.newsdesk.site.layout.GridReturnPath;
import org.newsdesk.site.layout.PublicLayout;
import org.newsdesk.site.layout.PublicRoutes;
import org.newsdesk.theme.ThemeService;
import org.newsdesk.theme.TimelineYear;

/** One article as visitors read it (published, or withdrawn under its banner), with the latest other news beside it. */
@Route(value = Addresses.ARTICLE_ROUTE, layout = PublicLayout.class)
@AnonymousAllowed
class ArticleView extends Div implements BeforeEnterObserver, HasDynamicTitle, LanguageAlternates {

    private static final int SIDEBAR_SIZE = 3;
    private static final int RELATED_SIZE = 3;

    private final ArticleService articles;
    private final ThemeService themes;
    private final ViewCounter viewCounter;
    private final ArticleAddresses addresses;
    private final PublicSiteUrlResolver siteUrl;
    /** Null only while the view forwards a moved address elsewhere. */
    private @Nullable ArticlePage page;

    ArticleView(
            ArticleService articles,
            ThemeService themes,
            ViewCounter viewCounter,
            ArticleAddresses addresses,
            PublicSiteUrlResolver siteUrl) {
        this.articles = articles;
        this.siteUrl = siteUrl;
        this.addresses = addresses;
        this.themes = themes;
        this.viewCounter = viewCounter;
        addClassName("article-page");
    }

    @Override
    @Initializer
    public void beforeEnter(BeforeEnterEvent event) {
        var language = PublicRoutes.enter(event);
        var slug = event.getRouteParameters().get("slug").orElse("");
        var found = articles.readable(language, slug);
        if (found.isEmpty()) {
            switch (addresses.resolve(language, slug)) {
                case ArticleAddress.Moved moved -> event.forwardTo(moved.path());
                case ArticleAddress.ElsewhereOnly elsewhere -> throw new ArticleNotInLanguage(elsewhere.versions());
                case ArticleAddress.Gone gone
                when gone.redirectTo() != null ->
                    // Any page of the site, not only a route: the browser asks for it and gets its 301.
                    event.getUI().getPage().setLocation(gone.redirectTo().substring(1));
                case ArticleAddress.Gone gone -> throw new ArticleGone();
                default -> throw new NotFoundException();
            }
            return;
        }
        var shown = found.get();
        var counted = CountedArticles.of(VaadinSession.getCurrent().getSession());
        var userAgent = VaadinRequest.getCurrent().getHeader("User-Agent");
        if (viewCounter.countVisitorView(shown.articleId(), language, counted, userAgent)) {
            shown = shown.withViews(shown.views() + 1);
        }
        var timeline = shown.themeId() == null ? List.<TimelineYear>of() : themes.timeline(shown.themeId(), language);
        // Written into the browser's page: the session keeps no copy of the body, however long the tab stays open.
        var site = siteUrl.resolve(((VaadinServletRequest) VaadinRequest.getCurrent()).getHttpServletRequest());
        BrowserHtml.replaceContent(
                this,
                List.of(
                        ArticleHtml.published(
                                shown,
                                timeline,
                                GridReturnPath.backTo(language),
                                site,
                                articles.related(shown, RELATED_SIZE)),
                        ArticleHtml.sidebar(
                                articles.latestOthers(language, shown.articleId(), SIDEBAR_SIZE), language)));
        // The hidden first-response copy comes first in the document: a link to a heading must find this one.
        getElement()
                .executeJs("document.querySelectorAll('#prerender .article-body [id]')"
                        + ".forEach(heading => heading.removeAttribute('id'))");
        page = shown;
    }

    @Override
    public Map<Language, String> alternates() {
        var paths = new EnumMap<Language, String>(Language.class);
        var shown = page;
        if (shown == null) {
            return paths;
        }
        shown.translations().forEach((language, slug) -> paths.put(language, Addresses.article(language, slug)));
        return paths;
    }

    @Override
    public String getPageTitle() {
        var shown = page;
        return shown == null
                ? getTranslation("site.name")
                : shown.title() + " | " + getTranslation(shown.language().locale(), "site.name");
    }
}
