package org.newsdesk.base.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsdesk.base.Language;

/**
 * Every address of Newsdesk, public and back office, in one place: the route templates the views declare, the
 * patterns that security, feeds and the first response match, and the paths that links are made of. Paths are
 * site-relative without a leading slash, as Vaadin's router and the pages' {@code <base href>} expect; patterns
 * for servlet matching start with a slash.
 */
public final class Addresses {

    private static final String LANGUAGE = ":lang(" + Language.ROUTE_PATTERN + ")";

    /** Route templates, for {@code @Route}. */
    public static final String NEWS_ROUTE = LANGUAGE;

    public static final String ARTICLE_ROUTE = LANGUAGE + "/news/:slug";
    public static final String THEME_ROUTE = LANGUAGE + "/themes/:slug";
    public static final String THEMES_INDEX_ROUTE = LANGUAGE + "/themes";
    public static final String PREVIEW_ROUTE = LANGUAGE + "/preview/:articleId([0-9]+)";
    /** A preview link's page: one version for someone without an account, by the token only its link holds. */
    public static final String SHARED_PREVIEW_ROUTE = LANGUAGE + "/shared-preview/:token([A-Za-z0-9_-]+)";

    public static final String SIGN_IN_ROUTE = "login";
    public static final String BACK_OFFICE_ROUTE = "admin";
    public static final String START_ROUTE = "admin/start";
    public static final String ARTICLE_EDITOR_ROUTE = "admin/articles/:articleId?([0-9]+)";
    public static final String ARTICLE_HISTORY_ROUTE = "admin/articles/:articleId([0-9]+)/history";
    public static final String THEMES_ROUTE = "admin/themes";
    public static final String TRANSLATIONS_ROUTE = "admin/translations";
    public static final String TIMELINE_ROUTE = "admin/themes/:themeId([0-9]+)/timeline";
    public static final String ACCOUNTS_ROUTE = "admin/accounts";
    public static final String AUDIT_ROUTE = "admin/audit";
    public static final String REDIRECTS_ROUTE = "admin/redirects";
    public static final String FEATURED_ROUTE = "admin/featured";
    /** The query parameter that opens the article editor on a language's tab. */
    public static final String EDITOR_LANGUAGE_PARAMETER = "lang";
    /** The layout every back-office view shares. */
    public static final String BACK_OFFICE_LAYOUT = "/admin";

    /** Spring MVC mappings of the documents that are no Vaadin views. */
    public static final String LANGUAGE_FEED_MAPPING = "/{lang}/feed.xml";

    public static final String THEME_FEED_MAPPING = "/{lang}/themes/{themeSlug}/feed.xml";
    public static final String SITEMAP_MAPPING = "/sitemap.xml";
    public static final String SITEMAP_PAGES_MAPPING = "/sitemaps/pages.xml";
    public static final String SITEMAP_ARTICLES_MAPPING = "/sitemaps/articles-{file:[1-9][0-9]{0,5}}.xml";
    public static final String SITEMAP_NEWS_MAPPING = "/sitemaps/news.xml";
    public static final String ROBOTS_MAPPING = "/robots.txt";
    public static final String MEDIA_MAPPING = "/media/{imageId:[0-9]{1,18}}/{name:[a-z0-9-]+}.{extension:[a-z]+}";
    /** A document attached to articles, under the file name it is downloaded as (see {@link #document}). */
    public static final String DOCUMENT_MAPPING =
            "/media/documents/{documentId:[0-9]{1,18}}/{fileName:[A-Za-z0-9._-]+}";

    /**
     * The query parameter with which a preview link's page asks for its version's image and documents, which nobody
     * else without an account gets before the version is public.
     */
    public static final String PREVIEW_FILE_PARAMETER = "preview";

    /** Servlet path patterns, for security's request matchers. */
    public static final String[] FEEDS_CRAWLER_FILES_AND_IMAGES_PATTERNS = {
        ROBOTS_MAPPING, SITEMAP_MAPPING, "/sitemaps/*.xml", "/*/feed.xml", "/*/themes/*/feed.xml", "/media/**"
    };

    public static final String[] BACK_OFFICE_PATTERNS = {"/admin", "/admin/**"};
    public static final String STATIC_FILES_PATTERN = "/site/**";
    public static final String SIGN_IN_PATH = "/" + SIGN_IN_ROUTE;
    public static final String SIGN_IN_FAILED_PATH = SIGN_IN_PATH + "?error";

    /** Servlet paths of the public pages that have a first response rendered on the server. */
    private static final String LANGUAGE_GROUP = "(" + Language.ROUTE_PATTERN + ")";

    private static final Pattern NEWS_PAGE = Pattern.compile("^/" + LANGUAGE_GROUP + "/?$");
    private static final Pattern ARTICLE_PAGE = Pattern.compile("^/" + LANGUAGE_GROUP + "/news/([^/]+)/?$");
    private static final Pattern THEMES_INDEX_PAGE = Pattern.compile("^/" + LANGUAGE_GROUP + "/themes/?$");
    private static final Pattern THEME_PAGE = Pattern.compile("^/" + LANGUAGE_GROUP + "/themes/([^/]+)/?$");
    private static final Pattern PREVIEW_PAGE = Pattern.compile("^/" + LANGUAGE_GROUP + "/preview/[0-9]+/?$");
    private static final Pattern SHARED_PREVIEW_PAGE =
            Pattern.compile("^/" + LANGUAGE_GROUP + "/shared-preview/([A-Za-z0-9_-]+)/?$");

    /**
     * First segments of paths that belong to the site itself: its pages, files, the back office and Vaadin's own
     * addresses. A legacy redirect may not start at one of them.
     */
    private static final Pattern OWN_FIRST_SEGMENT = Pattern.compile(
            "^/(" + Language.ROUTE_PATTERN + "|admin|login|VAADIN|HEARTBEAT|site|media|sitemaps|actuator)(/.*)?$"
                    + "|^/(sitemap\\.xml|robots\\.txt|favicon\\.ico)?$");

    private static final Pattern PUBLIC_PAGE = Pattern.compile("^/(" + Language.ROUTE_PATTERN + ")(/.*)?$");

    private Addresses() {}

    /** Whether a path (decoded, starting with a slash) is one of the site's own addresses, or under one. */
    public static boolean isOwnAddress(String path) {
        return OWN_FIRST_SEGMENT.matcher(path).matches();
    }

    /** Whether a path (decoded, starting with a slash) lies in the public site's languages: a page, or its 404. */
    public static boolean isInPublicSite(String path) {
        return PUBLIC_PAGE.matcher(path).matches();
    }

    public static String news(Language language) {
        return language.code() + "/";
    }

    /** The news grid narrowed to one theme, as the theme page's "all news" link opens it. */
    public static String newsOfTheme(Language language, String themeSlug) {
        return news(language) + "?theme=" + URLEncoder.encode(themeSlug, StandardCharsets.UTF_8);
    }

    public static String article(Language language, String slug) {
        return language.code() + "/news/" + slug;
    }

    /** Every theme of one language. */
    public static String themes(Language language) {
        return language.code() + "/themes/";
    }

    public static String theme(Language language, String slug) {
        return language.code() + "/themes/" + slug;
    }

    /** Where staff see any language version as the public page would show it. */
    public static String preview(Language language, long articleId) {
        return language.code() + "/preview/" + articleId;
    }

    /** An image or document of a preview link's version, as the link's page asks for it. */
    public static String sharedFile(String path, String token) {
        return path + "?" + PREVIEW_FILE_PARAMETER + "=" + token;
    }

    /** Where a preview link leads; the token is its secret, shown once to whoever made it. */
    public static String sharedPreview(Language language, String token) {
        return language.code() + "/shared-preview/" + token;
    }

    public static String languageFeed(Language language) {
        return language.code() + "/feed.xml";
    }

    public static String themeFeed(Language language, String slug) {
        return theme(language, slug) + "/feed.xml";
    }

    /** One scaled version of an image, such as {@code media/12/card.jpg}. */
    public static String mediaFile(long imageId, String name, String extension) {
        return "media/" + imageId + "/" + name + "." + extension;
    }

    /** An attached document, such as {@code media/documents/7/annual-report-2025.pdf}. */
    public static String document(long documentId, String fileName) {
        return "media/documents/" + documentId + "/" + fileName;
    }

    public static String sitemap() {
        return SITEMAP_MAPPING.substring(1);
    }

    /** The files the sitemap index lists, site-relative. */
    public static String sitemapOfPages() {
        return SITEMAP_PAGES_MAPPING.substring(1);
    }

    public static String sitemapOfArticles(int file) {
        return "sitemaps/articles-" + file + ".xml";
    }

    public static String newsSitemap() {
        return SITEMAP_NEWS_MAPPING.substring(1);
    }

    /** The editor of an article, for links from outside its screens (the preview's way back, the audit log). */
    public static String articleEditor(long articleId) {
        return "admin/articles/" + articleId;
    }

    /** Everything that happened to an article, from its editor. */
    public static String articleHistory(long articleId) {
        return articleEditor(articleId) + "/history";
    }

    /** The editor of an article open on one language's tab, for links from the translation overview. */
    public static String articleEditor(long articleId, Language language) {
        return articleEditor(articleId) + "?" + EDITOR_LANGUAGE_PARAMETER + "=" + language.code();
    }

    /** The translation overview narrowed to one language and state (the overview's own parameter value). */
    public static String translations(Language language, String state) {
        return TRANSLATIONS_ROUTE + "?lang=" + language.code() + "&state=" + state;
    }

    /** The timeline editor of a theme, for links from outside its screens (the audit log). */
    public static String timelineEditor(long themeId) {
        return TIMELINE_ROUTE.replace(":themeId([0-9]+)", String.valueOf(themeId));
    }

    /** The language of a news grid's servlet path, such as {@code /nl/}; empty for any other path. */
    public static Optional<Language> newsPage(String servletPath) {
        return match(NEWS_PAGE, servletPath).flatMap(found -> Language.fromCode(found.group(1)));
    }

    /** The language and slug of an article page's servlet path; empty for any other path. */
    public static Optional<PageAddress> articlePage(String servletPath) {
        return pageAddress(ARTICLE_PAGE, servletPath);
    }

    /** The language of the themes index's servlet path, such as {@code /nl/themes/}; empty for any other path. */
    public static Optional<Language> themesIndexPage(String servletPath) {
        return match(THEMES_INDEX_PAGE, servletPath).flatMap(found -> Language.fromCode(found.group(1)));
    }

    /** The language and slug of a theme page's servlet path; empty for any other path. */
    public static Optional<PageAddress> themePage(String servletPath) {
        return pageAddress(THEME_PAGE, servletPath);
    }

    /** The language of a staff preview's servlet path, such as {@code /nl/preview/12}; empty for any other path. */
    public static Optional<Language> previewPage(String servletPath) {
        return match(PREVIEW_PAGE, servletPath).flatMap(found -> Language.fromCode(found.group(1)));
    }

    /** The language and token of a preview link's servlet path; empty for any other path. */
    public static Optional<SharedPreviewAddress> sharedPreviewPage(String servletPath) {
        return match(SHARED_PREVIEW_PAGE, servletPath)
                .flatMap(found -> Language.fromCode(found.group(1))
                        .map(language -> new SharedPreviewAddress(language, found.group(2))));
    }

    private static Optional<PageAddress> pageAddress(Pattern pattern, String servletPath) {
        return match(pattern, servletPath)
                .flatMap(found ->
                        Language.fromCode(found.group(1)).map(language -> new PageAddress(language, found.group(2))));
    }

    private static Optional<Matcher> match(Pattern pattern, String servletPath) {
        var matcher = pattern.matcher(servletPath == null ? "" : servletPath);
        return matcher.matches() ? Optional.of(matcher) : Optional.empty();
    }

    /** A preview link's page: its language and the token that names the link. */
    public record SharedPreviewAddress(Language language, String token) {
        @Override
        public String toString() {
            return "SharedPreviewAddress[" + language + "]";
        }
    }

    /** A public page of one language found by its slug. */
    public record PageAddress(Language language, String slug) {}
}
