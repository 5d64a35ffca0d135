package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A visitor reads the news and an editor signs in, in a real headless Chromium against the running app. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicSiteAndBackOfficeIT {

    private static final LocatorAssertions.IsVisibleOptions PATIENTLY =
            new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);

    private static BrowserSession session;

    @LocalServerPort
    int port;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void startBrowser() {
        session = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        session.close();
    }

    @BeforeEach
    void openDutchSpeakingVisitor() {
        context = session.browser().newContext(new Browser.NewContextOptions().setLocale("nl-NL")
                .setViewportSize(1280, 900));
        page = context.newPage();
    }

    @AfterEach
    void closeVisitor() {
        context.close();
    }

    @Test
    void visitorLandsOnTheNewsInTheirLanguageAndOpensAnArticle() {
        page.navigate(url("/"));

        assertThat(page).hasURL(Pattern.compile(".*/nl/$"));
        var firstTitle = page.locator(".news-grid .news-card-title a").first();
        assertThat(firstTitle).isVisible(PATIENTLY);
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        var title = firstTitle.textContent();

        firstTitle.click();

        assertThat(page).hasURL(Pattern.compile(".*/nl/news/[a-z0-9-]+$"));
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator(".article-body p").first()).isVisible();
        assertThat(page.locator(".article-sidebar .news-card")).not().hasCount(0);
    }

    @Test
    void editorSignsInToTheBackOfficeAfterAMistypedPassword() {
        page.navigate(url("/admin"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));

        signIn("editor", "not-the-password");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.locator("vaadin-login-form")).containsText("Aanmelden mislukt");

        signIn("editor", "newsroom-editor-2026");
        assertThat(page).hasURL(Pattern.compile(".*/admin(\\?continue)?$"));
        assertThat(page.locator("h1")).hasText("Artikelen");
        assertThat(page.locator("vaadin-grid")).isVisible(PATIENTLY);
        assertThat(page.locator("vaadin-grid-cell-content").first()).isVisible(PATIENTLY);
    }

    private void signIn(String username, String password) {
        var usernameField = page.locator("input[name='username']");
        assertThat(usernameField).isVisible(PATIENTLY);
        usernameField.fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("vaadin-button[slot='submit']").click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
