package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.xml.parsers.DocumentBuilderFactory;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsdesk.HostileContent;
import org.newsdesk.HostileMarkup;
import org.newsdesk.SignedInEditor;
import org.newsdesk.XssCorpus;
import org.newsdesk.audit.AuditLog;
import org.newsdesk.base.Language;
import org.newsdesk.base.Rejected;
import org.newsdesk.base.text.Slugs;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.media.MediaService;
import org.newsdesk.theme.ThemeAdministration;
import org.newsdesk.theme.ThemeDraft;
import org.newsdesk.theme.ThemeNames;
import org.newsdesk.theme.TimelineEditing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The {@link XssCorpus} through every field a person can fill ({@link HostileContent}) and through the addresses
 * (path segments and query parameters) never runs in Chromium: not on the public pages, not in the back office
 * (lists, editor and its preview, revisions and their differences, audit, themes, timeline, accounts), not in the
 * feeds; nor does any first response or live page hold markup that would run on a click or a hover
 * ({@link HostileMarkup}). The browser ignores the Content-Security-Policy here ({@code bypassCSP}), so what is proven
 * is that the vectors arrive as text or sanitised markup, not that the policy stops them: the policy is a second
 * wall. A vector that ran would open a dialog or set {@code window.__xss}; both are hooked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossSiteScriptingIT extends BrowserTest {

    /** The hook that a vector setting the flag trips, in every frame, before any page script runs. */
    private static final String FLAG_HOOK = "Object.defineProperty(window, '" + XssCorpus.FLAG + "', {"
            + " configurable: false, get() { return undefined; },"
            + " set(value) { console.error('XSS ran: " + XssCorpus.FLAG + " = ' + value); } });";

    private static final int URL_PACK = 400;

    /** True once a Vaadin page has drawn its live view and waits for nothing; at once on other pages. */
    private static final String VAADIN_IDLE = "() => { if (!window.Vaadin) return true;"
            + " const clients = window.Vaadin.Flow && window.Vaadin.Flow.clients;"
            + " const all = clients ? Object.values(clients) : [];"
            + " return all.length > 0 && all.every(client => !client.isActive()); }";

    @Autowired
    EditorialService editorial;

    @Autowired
    ThemeAdministration themes;

    @Autowired
    TimelineEditing timeline;

    @Autowired
    MediaService media;

    @Autowired
    AuditLog audit;

    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    private HostileContent content;
    private final List<String> ran = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    String browserLocale() {
        return "en-GB";
    }

    @BeforeAll
    void writeTheCorpusIntoEveryField() {
        assertThat(XssCorpus.vectors()).hasSizeGreaterThanOrEqualTo(150);
        content = HostileContent.write(
                editorial, themes, timeline, media, audit, dsl, passwords.encode(ThrowawayEditors.PASSWORD));
    }

    @AfterAll
    void removeIt() {
        content.close();
    }

    /** A browser that ignores the policy, so that only the markup stands between a vector and its running. */
    @BeforeEach
    void hookTheVectors() {
        ran.clear();
        context.close();
        context = sessionBrowser()
                .newContext(new Browser.NewContextOptions()
                        .setLocale(browserLocale())
                        .setViewportSize(1366, 900)
                        .setBypassCSP(true));
        context.addInitScript(FLAG_HOOK);
        page = context.newPage();
        page.onDialog(dialog -> {
            ran.add(page.url() + ": dialog " + dialog.type() + " " + dialog.message());
            dialog.dismiss();
        });
        page.onConsoleMessage(message -> {
            if (message.text().startsWith("XSS ran")) {
                ran.add(page.url() + ": " + message.text());
            }
        });
        page.onPageError(error -> ran.add(page.url() + ": page error " + error));
    }

    @Test
    void noVectorRunsOnThePublicPages() {
        var visited = new ArrayList<String>();
        for (var language : Language.values()) {
            visit(visited, "/" + language.code() + "/");
            // The cards' next pages: the grid lists the newest news first, these among them.
            var more = page.locator(LIVE + ".more-news-button");
            for (var next = 0; next < 2 && more.count() > 0 && more.first().isVisible(); next++) {
                more.first().click();
                settle(visited, page.url() + " (more)");
            }
            var firstTheme = content.themeIds().getFirst();
            visit(visited, "/" + language.code() + "/themes/");
            visit(visited, "/" + language.code() + "/themes/" + content.themeSlug(firstTheme, language));
            for (var articleId : content.articleIds()) {
                visit(visited, "/" + language.code() + "/news/" + content.articleSlug(articleId, language));
            }
        }
        assertNothingRan(visited);
    }

    @Test
    void noVectorRunsFromTheAddressOrTheSearchBox() {
        var visited = new ArrayList<String>();
        // Packs short enough that the address, escaped, and the live view's start request, which carries the address
        // escaped once more, stay within what Tomcat reads (8 KB of request head).
        for (var pack : XssCorpus.packedInto(URL_PACK)) {
            var encoded = URLEncoder.encode(pack, StandardCharsets.UTF_8);
            visit(visited, "/en/?theme=" + encoded + "&year=" + encoded + "&before=" + encoded);
            var search = page.locator(LIVE + "input[name=q]");
            assertThat(search).isVisible(PATIENTLY);
            search.fill(pack);
            search.press("Enter");
            settle(visited, "search box: " + page.url());
        }
        assertNothingRan(visited);
    }

    @Test
    void noVectorRunsInTheBackOffice() {
        var visited = new ArrayList<String>();
        page.navigate(url("/admin"));
        SignInForm.signIn(
                page, ThrowawayEditors.administrator(dsl, passwords, "Xss Auditor"), ThrowawayEditors.PASSWORD);
        assertThat(page.locator("vaadin-grid").first()).isVisible(PATIENTLY);
        settle(visited, "article list");
        var articleId = content.articleIds().getFirst();
        var themeId = content.themeIds().getFirst();
        for (var language : List.of(Language.NL, Language.EN)) {
            visit(visited, "/admin/articles/" + articleId + "?lang=" + language.code());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revisions"))
                    .first()
                    .click();
            var dialog = page.getByRole(AriaRole.DIALOG);
            dialog.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText("Published"))
                    .first()
                    .click();
            settle(visited, "revision differences " + language);
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close"))
                    .click();
            visit(visited, "/" + language.code() + "/preview/" + articleId);
        }
        for (var path : List.of(
                "/admin/audit",
                "/admin/themes",
                "/admin/themes/" + themeId + "/timeline",
                "/admin/accounts",
                "/admin/translations",
                "/admin/redirects")) {
            visit(visited, path);
            scrollThroughGrids();
            settle(visited, path + " scrolled");
        }
        assertNothingRan(visited);
    }

    @Test
    void aVectorTypedAsAUsernameRunsNowhere() {
        var visited = new ArrayList<String>();
        context.setExtraHTTPHeaders(Map.of("X-Forwarded-For", "198.51.100.77"));
        for (var typed : XssCorpus.packedInto(200).subList(0, 3)) {
            page.navigate(url("/login"));
            SignInForm.signIn(page, typed, "not the password");
            settle(visited, "failed sign-in as " + typed);
        }
        assertNothingRan(visited);
    }

    @Test
    void feedsAndSitemapsStayWellFormedAndTheirHtmlRunsNothing() throws Exception {
        var visited = new ArrayList<String>();
        var themeId = content.themeIds().getFirst();
        var documents = new ArrayList<String>(
                List.of("/sitemap.xml", "/sitemaps/pages.xml", "/sitemaps/articles-1.xml", "/sitemaps/news.xml"));
        for (var language : Language.values()) {
            documents.add("/" + language.code() + "/feed.xml");
            documents.add("/" + language.code() + "/themes/" + content.themeSlug(themeId, language) + "/feed.xml");
        }
        var parser = DocumentBuilderFactory.newInstance();
        parser.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        parser.setNamespaceAware(true);
        for (var path : documents) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            var xml = parser.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
            var descriptions = xml.getElementsByTagName("description");
            for (var index = 0; index < descriptions.getLength(); index++) {
                var html = descriptions.item(index).getTextContent();
                assertThat(HostileMarkup.in(html)).as(path + " item " + index).isEmpty();
                if (html.contains("alert")) {
                    page.setContent(html);
                    settle(visited, path + " item " + index + " as a feed reader shows it");
                }
            }
            if (path.contains("feed")) {
                visit(visited, path);
            }
        }
        assertNothingRan(visited);
    }

    @Test
    void firstResponsesHoldNoRunnableMarkupForAnyVectorInTheAddress() {
        var paths = new ArrayList<String>();
        for (var language : Language.values()) {
            paths.add("/" + language.code() + "/");
            paths.add("/" + language.code() + "/themes/");
            content.articleIds()
                    .forEach(id -> paths.add("/" + language.code() + "/news/" + content.articleSlug(id, language)));
            content.themeIds()
                    .forEach(id -> paths.add("/" + language.code() + "/themes/" + content.themeSlug(id, language)));
        }
        for (var vector : XssCorpus.vectors()) {
            var query = URLEncoder.encode(vector, StandardCharsets.UTF_8);
            var segment = query.replace("+", "%20");
            paths.add("/nl/?q=" + query + "&theme=" + query + "&year=" + query + "&before=" + query);
            // Unknown articles, themes and pages share the one 404 page.
            paths.add("/nl/" + (vector.length() % 2 == 0 ? "news/" : "themes/") + segment);
        }
        var problems = new ArrayList<String>();
        for (var path : paths) {
            var response = get(path);
            if (response.statusCode() >= 500) {
                problems.add(path + ": " + response.statusCode());
            }
            HostileMarkup.in(response.body()).forEach(found -> problems.add(path + ": " + found));
        }
        assertThat(problems).as("of %s first responses", paths.size()).isEmpty();
    }

    /** An article's slug is made valid from whatever was typed (as its title is); a theme's is refused. */
    @Test
    void aVectorIsNeverTakenAsASlug() {
        SignedInEditor.during(() -> {
            for (var vector : XssCorpus.vectors()) {
                assertThat(Slugs.fromTitle(vector)).as(vector).matches("[a-z0-9-]*");
                var names = new EnumMap<Language, ThemeNames>(Language.class);
                names.put(Language.EN, new ThemeNames("A theme", vector, ""));
                assertThatThrownBy(() -> themes.save(new ThemeDraft(null, names)))
                        .as(vector)
                        .isInstanceOfSatisfying(
                                Rejected.class,
                                rejected -> assertThat(rejected.problems()).containsKey("en.slug"));
            }
            return null;
        });
    }

    private void visit(List<String> visited, String path) {
        page.navigate(url(path));
        settle(visited, path);
    }

    /**
     * Waits until the page is quiet (images that fail have failed, the live view has drawn), moves over it and
     * tabs through it so that hover and focus handlers would fire, and checks the markup the browser now holds.
     */
    private void settle(List<String> visited, String what) {
        page.waitForLoadState(LoadState.LOAD);
        page.waitForFunction(VAADIN_IDLE);
        page.mouse().move(10, 10);
        page.mouse().move(683, 450);
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        page.waitForTimeout(200);
        HostileMarkup.in(Jsoup.parse(page.content()))
                .forEach(found -> ran.add(what + ": the live page holds " + found));
        visited.add(what);
    }

    /** Grids draw only the rows in view: scrolling to the end draws them all once. */
    private void scrollThroughGrids() {
        page.evaluate("async () => { for (const grid of document.querySelectorAll('vaadin-grid')) {"
                + " for (let row = 0; row < (grid.size || 0); row += 10) { grid.scrollToIndex(row);"
                + " await new Promise(r => setTimeout(r, 50)); } } }");
    }

    private void assertNothingRan(List<String> visited) {
        assertThat(visited).isNotEmpty();
        assertThat(ran).as("on %s pages", visited.size()).isEmpty();
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception failure) {
            throw new IllegalStateException(path, failure);
        }
    }
}
