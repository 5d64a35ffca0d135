package org.newsdesk.site.firstresponse;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlRequestListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.newsdesk.article.ArticlePage;
import org.newsdesk.article.ArticleService;
import org.newsdesk.base.Language;
import org.newsdesk.base.LanguageAlternates;
import org.newsdesk.base.SiteTime;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.base.web.PublicSiteUrl;
import org.newsdesk.base.web.PublicSiteUrlResolver;
import org.newsdesk.featured.FeaturedNews;
import org.newsdesk.previewlink.PreviewLinks;
import org.newsdesk.previewlink.SharedVersion;
import org.newsdesk.redirect.ArticleAddress;
import org.newsdesk.redirect.ArticleAddresses;
import org.newsdesk.security.Roles;
import org.newsdesk.site.cache.PublicPageAddresses;
import org.newsdesk.site.html.ArticleHtml;
import org.newsdesk.site.html.ErrorPageHtml;
import org.newsdesk.site.html.SharedPreviewHtml;
import org.newsdesk.site.html.ThemeNews;
import org.newsdesk.site.html.ThemePageHtml;
import org.newsdesk.site.html.ThemesIndexHtml;
import org.newsdesk.site.layout.PublicRoutes;
import org.newsdesk.site.news.NewsAddress;
import org.newsdesk.site.news.NewsGridContent;
import org.newsdesk.site.news.NewsGridHandoff;
import org.newsdesk.theme.Theme;
import org.newsdesk.theme.ThemeService;
import org.newsdesk.theme.TimelineYear;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Fills the very first HTML response of public pages, before any script runs: head tags for search engines and
 * link previews, and the page content rendered by the same code as the views. Once Vaadin has drawn the live
 * page, a stylesheet rule hides this copy, so the visitor sees the content once. Unknown articles, themes and
 * addresses answer 404 right here.
 */
@Component
class PublicPagePrerender implements VaadinServiceInitListener, IndexHtmlRequestListener, PublicPageAddresses {

    /** Files (a dot in the last segment) and Vaadin's and the back office's addresses are no page of the site. */
    private static final Pattern NO_PAGE = Pattern.compile("\\.[^/]*$|^/(VAADIN|admin|actuator)(/|$)");

    private static final int SIDEBAR_SIZE = 3;
    private static final int RELATED_SIZE = 3;
    /** Ids in this copy differ from the live page's, which the document holds at the same time. */
    private static final String PRERENDERED_IDS = "prerendered-";

    private static final String NOT_FOR_SEARCH_ENGINES = "noindex, nofollow";

    private final ArticleService articles;
    private final ThemeService themes;
    private final PublicSiteUrlResolver siteUrl;
    private final NewsGridHandoff handoff;
    private final SiteTime siteTime;
    private final ArticleAddresses addressesOfArticles;
    private final FeaturedNews featuredNews;
    private final PreviewLinks previewLinks;
    private volatile @Nullable RouteRegistry routes;

    PublicPagePrerender(
            ArticleService articles,
            ThemeService themes,
            PublicSiteUrlResolver siteUrl,
            NewsGridHandoff handoff,
            SiteTime siteTime,
            ArticleAddresses addressesOfArticles,
            FeaturedNews featuredNews,
            PreviewLinks previewLinks) {
        this.articles = articles;
        this.previewLinks = previewLinks;
        this.featuredNews = featuredNews;
        this.addressesOfArticles = addressesOfArticles;
        this.themes = themes;
        this.siteUrl = siteUrl;
        this.handoff = handoff;
        this.siteTime = siteTime;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this);
        routes = event.getSource().getRouter().getRegistry();
    }

    /**
     * The addresses this class renders a page for, the same for every visitor: see modifyIndexHtmlResponse. A preview
     * link's page is never one, not even its 404: whoever holds the link reads an unpublished text, which no cache
     * may keep, and a link stops opening when it is revoked, not when a cache forgets it.
     */
    @Override
    public boolean isPublicPage(String path) {
        if (Addresses.sharedPreviewPage(path).isPresent()) {
            return false;
        }
        return Addresses.newsPage(path).isPresent()
                || Addresses.articlePage(path).isPresent()
                || Addresses.themePage(path).isPresent()
                || Addresses.themesIndexPage(path).isPresent()
                || routes != null
                        && isNoRoute(routes, path)
                        && !NO_PAGE.matcher(path).find();
    }

    @Override
    public void modifyIndexHtmlResponse(IndexHtmlResponse response) {
        var request = response.getVaadinRequest();
        var path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        var site = siteUrl.resolve(((VaadinServletRequest) request).getHttpServletRequest());
        if (Addresses.sharedPreviewPage(path).isPresent()) {
            // Someone else's unpublished text: no shared cache may keep it, no search engine list it.
            response.getVaadinResponse().setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            response.getVaadinResponse().setHeader("X-Robots-Tag", NOT_FOR_SEARCH_ENGINES);
        }
        var page = prerender(path, QueryParameters.full(request.getParameterMap()), site)
                .or(() -> previewForVisitor(request, path))
                .or(() -> isNoRoute(request.getService().getRouter().getRegistry(), path)
                        ? Optional.of(PrerenderedPage.notFound(PublicRoutes.languageOf(new Location(path))))
                        : Optional.empty());
        page.ifPresent(prerendered -> {
            if (prerendered.status() != HttpStatusCode.OK.getCode()) {
                response.getVaadinResponse().setStatus(prerendered.status());
            }
            new PrerenderedDocument(response.getDocument(), site, siteTime).apply(prerendered);
        });
    }

    /**
     * A staff preview asked for by someone who is not staff answers 404 like an unknown page, so that crawlers and
     * visitors learn nothing of the article, not even that it exists; the live view then offers to sign in.
     */
    private static Optional<PrerenderedPage> previewForVisitor(VaadinRequest request, String path) {
        return Addresses.previewPage(path)
                .filter(language -> !Roles.anyStaffRole(request::isUserInRole))
                .map(PrerenderedPage::notFound);
    }

    private Optional<PrerenderedPage> prerender(String path, QueryParameters parameters, PublicSiteUrl site) {
        var grid = Addresses.newsPage(path).map(language -> grid(language, NewsAddress.of(parameters)));
        if (grid.isPresent()) {
            return grid;
        }
        var article = Addresses.articlePage(path)
                .map(address -> articles.readable(address.language(), address.slug())
                        .map(page -> article(page, site))
                        .orElseGet(() -> missingArticle(address.language(), address.slug())));
        if (article.isPresent()) {
            return article;
        }
        var sharedPreview = Addresses.sharedPreviewPage(path)
                .map(address -> previewLinks
                        .peek(address.language(), address.token())
                        .map(this::sharedPreview)
                        .orElseGet(() -> PrerenderedPage.notFound(address.language())));
        if (sharedPreview.isPresent()) {
            return sharedPreview;
        }
        var themesIndex = Addresses.themesIndexPage(path).map(this::themesIndex);
        if (themesIndex.isPresent()) {
            return themesIndex;
        }
        return Addresses.themePage(path)
                .map(address -> themes.bySlug(address.language(), address.slug())
                        .map(this::theme)
                        .orElseGet(() -> PrerenderedPage.notFound(address.language())));
    }

    private PrerenderedPage themesIndex(Language language) {
        var content = new Element("section").addClass("themes-page");
        ThemesIndexHtml.content(language, themes.overviews(language)).forEach(content::appendChild);
        return PrerenderedPage.inEveryLanguage(
                language, "themes.title", "themes.intro", Addresses::themes, content, null);
    }

    /**
     * Everything the live grid shows at this address, with real links where it has buttons: the filter form
     * submits by GET, and "more news" leads to the next page's address. Search engines follow those links to the
     * articles but index only the first pages: later ones are a window that moves as news is published.
     */
    private PrerenderedPage grid(Language language, NewsAddress address) {
        var grid = NewsGridContent.load(articles, themes, featuredNews, language, address);
        handoff.offer(grid);
        var content = new Element("section").addClass("news-page");
        content.appendElement("h1").addClass("page-title").text(grid.heading());
        grid.controls(PRERENDERED_IDS).forEach(content::appendChild);
        grid.emptyText().ifPresent(text -> content.appendElement("p").text(text));
        grid.featuredCards()
                .ifPresent(cards -> content.appendElement("div")
                        .addClass("news-featured-region")
                        .appendChild(cards));
        var results = content.appendElement("div").addClass("news-results");
        if (!grid.page().cards().isEmpty()) {
            results.appendChild(NewsGridContent.cards(grid.page(), language, grid.query()));
        }
        NewsGridContent.searchStopped(grid.page(), language)
                .ifPresent(text ->
                        content.appendElement("p").addClass("search-stopped").text(text));
        grid.nextLink().ifPresent(content::appendChild);
        return PrerenderedPage.inEveryLanguage(
                language,
                "grid.title",
                "site.description",
                Addresses::news,
                content,
                address.isPaged() ? "noindex, follow" : null);
    }

    private PrerenderedPage article(ArticlePage page, PublicSiteUrl site) {
        var language = page.language();
        var timeline = page.themeId() == null ? List.<TimelineYear>of() : themes.timeline(page.themeId(), language);
        var content = new Element("div").addClass("article-page");
        content.appendChild(ArticleHtml.published(
                page, timeline, Addresses.news(language), site, articles.related(page, RELATED_SIZE)));
        content.appendChild(
                ArticleHtml.sidebar(articles.latestOthers(language, page.articleId(), SIDEBAR_SIZE), language));
        var alternates = new EnumMap<Language, String>(Language.class);
        page.translations().forEach((each, slug) -> alternates.put(each, Addresses.article(each, slug)));
        return new PrerenderedPage(
                language,
                page.title(),
                page.teaser(),
                Addresses.article(language, page.slug()),
                alternates,
                content,
                page,
                null,
                HttpStatusCode.OK.getCode());
    }

    /**
     * A preview link's version as its live view shows it, for whoever holds the link: no canonical address, no link
     * preview tags, nothing for search engines. Reading it here does not count as opening the link; the live view
     * that follows does.
     */
    private PrerenderedPage sharedPreview(SharedVersion shared) {
        var page = shared.page();
        var language = page.language();
        var timeline = page.themeId() == null ? List.<TimelineYear>of() : themes.timeline(page.themeId(), language);
        var content = new Element("div").addClass("article-page");
        content.appendChild(SharedPreviewHtml.preview(shared, timeline, siteTime));
        return new PrerenderedPage(
                language,
                I18NProvider.translate(language.locale(), "sharedPreview.title", page.title()),
                page.teaser(),
                null,
                Map.of(),
                content,
                null,
                NOT_FOR_SEARCH_ENGINES,
                HttpStatusCode.OK.getCode());
    }

    /**
     * Moved articles (and unpublished ones led elsewhere) were redirected before this page was asked for; what is left
     * is a 410 or a 404 of one kind or other.
     */
    private PrerenderedPage missingArticle(Language language, String slug) {
        return switch (addressesOfArticles.resolve(language, slug)) {
            case ArticleAddress.ElsewhereOnly elsewhere ->
                PrerenderedPage.missingLanguage(language, elsewhere.versions());
            case ArticleAddress.Gone gone -> PrerenderedPage.error(language, ErrorPageHtml.GONE, HttpStatusCode.GONE);
            default -> PrerenderedPage.notFound(language);
        };
    }

    private PrerenderedPage theme(Theme theme) {
        var language = theme.language();
        var content = new Element("section").addClass("theme-page");
        ThemePageHtml.content(
                        theme, themes.timeline(theme.id(), language), ThemeNews.load(articles, featuredNews, theme))
                .forEach(content::appendChild);
        var alternates = new EnumMap<Language, String>(Language.class);
        themes.slugs(theme.id()).forEach((each, slug) -> alternates.put(each, Addresses.theme(each, slug)));
        var description = theme.description() == null ? theme.name() : theme.description();
        return new PrerenderedPage(
                language,
                theme.name(),
                description,
                Addresses.theme(language, theme.slug()),
                alternates,
                content,
                null,
                null,
                HttpStatusCode.OK.getCode());
    }

    /** Vaadin would show its not-found view for these; the status has to be set here, in the first response. */
    private static boolean isNoRoute(RouteRegistry routes, String path) {
        return routes.getNavigationTarget(path.startsWith("/") ? path.substring(1) : path)
                .isEmpty();
    }

    /**
     * What the first response of one public page says.
     *
     * @param path    the page's canonical address
     * @param article the article shown, for article-specific head tags; null on other pages
     * @param robots  what search engines may do with the page, if it is not the default (index, follow)
     * @param status  the HTTP status it answers with
     */
    record PrerenderedPage(
            Language language,
            String title,
            String description,
            @Nullable String path,
            Map<Language, String> alternates,
            Element content,
            @Nullable ArticlePage article,
            @Nullable String robots,
            int status) {

        boolean isError() {
            return status != HttpStatusCode.OK.getCode();
        }

        /** A page that every language has at its own address, such as the news or the themes index. */
        static PrerenderedPage inEveryLanguage(
                Language language,
                String titleKey,
                String descriptionKey,
                Function<Language, String> address,
                Element content,
                @Nullable String robots) {
            var locale = language.locale();
            return new PrerenderedPage(
                    language,
                    I18NProvider.translate(locale, titleKey),
                    I18NProvider.translate(locale, descriptionKey),
                    address.apply(language),
                    LanguageAlternates.inEveryLanguage(address),
                    content,
                    null,
                    robots,
                    HttpStatusCode.OK.getCode());
        }

        static PrerenderedPage missingLanguage(Language language, Map<Language, String> versions) {
            var content = ErrorPageHtml.missingLanguage(
                    language, versions, Addresses.news(language), I18NProvider::translate);
            var locale = language.locale();
            return new PrerenderedPage(
                    language,
                    I18NProvider.translate(locale, "missingLanguage.title"),
                    I18NProvider.translate(locale, "missingLanguage.text"),
                    null,
                    versions,
                    content,
                    null,
                    "noindex",
                    HttpStatusCode.NOT_FOUND.getCode());
        }

        static PrerenderedPage notFound(Language language) {
            return error(language, ErrorPageHtml.NOT_FOUND, HttpStatusCode.NOT_FOUND);
        }

        /** @param kind one of {@link ErrorPageHtml}'s kinds of error page without links of its own */
        static PrerenderedPage error(Language language, String kind, HttpStatusCode status) {
            var content = ErrorPageHtml.content(language, kind, Addresses.news(language), I18NProvider::translate);
            var locale = language.locale();
            return new PrerenderedPage(
                    language,
                    I18NProvider.translate(locale, kind + ".title"),
                    I18NProvider.translate(locale, kind + ".text"),
                    null,
                    Map.of(),
                    content,
                    null,
                    "noindex",
                    status.getCode());
        }
    }
}
