package org.newsdesk.e2e;

import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.newsdesk.ActiveSessions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * End-to-end tests in a real headless Chromium against the running application. All of them share one
 * application (one Spring test context), in which a visitor's session ends a second after their last tab closes
 * (or six seconds after the last check-in of a tab that vanished; open tabs check in every second), open editors renew their presence every second and scheduled versions are published within two seconds.
 * Each test gets a fresh browser context: a visitor with no cookies.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "newsdesk.anonymous-session.grace=1s", "server.tomcat.background-processor-delay=1s",
            "newsdesk.anonymous-session.idle-timeout=6s", "vaadin.heartbeatInterval=1",
            "newsdesk.editing.presence-interval=1s", "newsdesk.publishing.check-interval=2s"
        })
@Import(ActiveSessions.class)
abstract class BrowserTest {

    static final LocatorAssertions.IsVisibleOptions PATIENTLY =
            new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);

    /** The live page that Vaadin draws, as opposed to the pre-rendered copy of the first response. */
    static final String LIVE = ".site:not(#prerender) ";

    private static BrowserSession session;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void startBrowser() {
        session = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        session.close();
    }

    @BeforeEach
    void openBrowser() {
        context = session.browser()
                .newContext(new Browser.NewContextOptions()
                        .setLocale(browserLocale())
                        .setViewportSize(1366, 900)
                        .setJavaScriptEnabled(javaScriptEnabled()));
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    /** The language the browser asks for, as Accept-Language. */
    abstract String browserLocale();

    /** False for a visitor, or a crawler, whose browser runs no scripts: they get only the first response. */
    boolean javaScriptEnabled() {
        return true;
    }

    /** The browser itself, for a test that needs a context with options of its own. */
    static Browser sessionBrowser() {
        return session.browser();
    }

    /** A second visitor, with a browser context of their own. */
    Page anotherVisitor() {
        return session.browser().newContext().newPage();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** What axe finds against WCAG 2.2 AA on the page as it is now: each broken rule with the elements breaking it. */
    static List<String> accessibilityViolations(Page page) {
        return new AxeBuilder(page)
                        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                        .analyze()
                        .getViolations()
                        .stream()
                        .map(rule -> rule.getId() + ": "
                                + rule.getNodes().stream()
                                        .map(node -> node.getTarget().toString())
                                        .toList())
                        .toList();
    }
}
