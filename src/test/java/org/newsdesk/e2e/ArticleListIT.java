package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.newsdesk.ExtraNews;
import org.newsdesk.base.Language;
import org.newsdesk.editorial.EditorialService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The article list keeps its filters in the address: a reload and the browser's Back show the same list. The
 * pictures (target/screenshots/article-list-*.png, audit-log-desktop.png) are for reviewing the layout.
 */
class ArticleListIT extends BrowserTest {
    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    EditorialService editorial;

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final LocatorAssertions.ContainsTextOptions PATIENTLY_TEXT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    @Override
    String browserLocale() {
        return "en-GB";
    }

    /** A published article of the test's own, so that the list has one whatever else the database holds. */
    @Test
    @WithMockUser(roles = "EDITOR")
    void aStateChosenFromTheCountsSurvivesReloadAndBackReturnsToTheWholeList() {
        try (var news = ExtraNews.publish(editorial, Language.NL, 1, LocalDate.of(2001, 2, 3))) {
            chooseAStateReloadAndGoBack();
        }
    }

    private void chooseAStateReloadAndGoBack() {
        page.navigate(url("/admin"));
        SignInForm.signIn(
                page, ThrowawayEditors.administrator(dsl, passwords, "Adam Admin"), ThrowawayEditors.PASSWORD);
        page.navigate(url("/admin"));
        var counts = page.locator(".state-counts a");
        assertThat(counts.first()).isVisible(PATIENTLY);
        assertThat(counts.first()).hasText(Pattern.compile("All \\d+"));

        page.locator(".state-counts a", new Page.LocatorOptions().setHasText(Pattern.compile("^Published")))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/admin\\?status=published$"));
        page.reload();
        var chosen = page.locator(".state-counts a[aria-current=page]");
        assertThat(chosen).containsText(Pattern.compile("^Published"), PATIENTLY_TEXT);
        assertThat(page.locator(".version-state").first()).isVisible(PATIENTLY);

        for (var size : new int[][] {{1280, 900}, {390, 844}}) {
            page.setViewportSize(size[0], size[1]);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("article-list-" + (size[0] > 1000 ? "desktop" : "phone") + ".png")));
        }
        page.setViewportSize(1280, 900);

        page.goBack();
        assertThat(page).hasURL(Pattern.compile(".*/admin$"));
        assertThat(page.locator(".state-counts a[aria-current=page]")).containsText("All", PATIENTLY_TEXT);

        page.navigate(url("/admin/audit"));
        assertThat(page.locator(".audit-sentence").first()).isVisible(PATIENTLY);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("audit-log-desktop.png")));
    }
}
