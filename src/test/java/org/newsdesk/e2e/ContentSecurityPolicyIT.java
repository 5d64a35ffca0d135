package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.e2e.ArticleEditorPage.visible;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SameSiteAttribute;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.ExtraNews;
import org.newsdesk.PublishedStory;
import org.newsdesk.base.Language;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.media.TestImages;
import org.newsdesk.theme.ThemeAdministration;
import org.newsdesk.theme.TimelineEditing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The pages run under their Content-Security-Policy without a single violation: every script, style and image
 * that Vaadin's client and our own code use on the public site and in the back office is allowed, so the policy
 * is as strict as those pages allow and no feature silently breaks under it. Violations are caught both as the
 * page's {@code securitypolicyviolation} events and as the console errors Chromium writes for them.
 */
class ContentSecurityPolicyIT extends BrowserTest {

    private final List<String> violations = new CopyOnWriteArrayList<>();

    private static final String PASSWORD = "strict-policy-passphrase";

    @Autowired
    EditorialService editorial;

    @Autowired
    ThemeAdministration themes;

    @Autowired
    TimelineEditing timeline;

    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    @Override
    String browserLocale() {
        return "en-GB";
    }

    @BeforeEach
    void listenForViolations() {
        context.addInitScript("document.addEventListener('securitypolicyviolation', event => console.error("
                + "'CSP violation: ' + event.violatedDirective + ' blocked ' + event.blockedURI"
                + " + ' in ' + event.sourceFile + ':' + event.lineNumber + ' ' + event.sample))");
        page.onConsoleMessage(message -> {
            var text = message.text();
            if (text.startsWith("CSP violation") || text.contains("Content Security Policy")) {
                violations.add(page.url() + ": " + text);
            }
        });
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void publicPagesRunWithoutViolations() {
        try (var ignored = ExtraNews.publish(editorial, Language.EN, 1, LocalDate.now(ZoneId.of("Europe/Brussels")));
                var story = PublishedStory.publish(editorial, themes, timeline, LocalDate.of(2021, 5, 3))) {
            page.navigate(url("/en/"));
            assertThat(page.locator(LIVE + ".news-card").first()).isVisible(PATIENTLY);
            screenshot("csp-news-grid.png");
            page.locator(LIVE + ".news-card a", new Page.LocatorOptions().setHasText("Extra news"))
                    .first()
                    .click();
            assertThat(page.locator(LIVE + "h1"))
                    .containsText("Extra news", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
            for (var path : List.of(
                    "/en/?q=energy", "/en/themes/" + story.themeSlug(Language.EN), "/en/news/no-such-article")) {
                page.navigate(url(path));
                assertThat(page.locator(LIVE + "h1").first()).isVisible(PATIENTLY);
            }
            page.navigate(url("/en/?q=%zz"));
            assertThat(page.locator("h1").first()).isVisible(PATIENTLY);
            page.navigate(url("/login"));
            assertThat(page.locator("input[name='username']")).isVisible(PATIENTLY);
            page.waitForTimeout(500); // violations are reported asynchronously: give late ones a moment
        }
        assertThat(violations).isEmpty();

        // The policy bites, and this test hears it: a script injected into the page does not run.
        var ran = page.evaluate("() => { const script = document.createElement('script');"
                + " script.textContent = 'window.injected = true'; document.head.append(script);"
                + " return window.injected === true; }");
        assertThat(ran).isEqualTo(false);
        page.waitForCondition(() -> !violations.isEmpty());
    }

    @Test
    void theBackOfficeEditorRunsWithoutViolationsAndItsCookiesAreGuarded() {
        // An editor of its own: the unsaved article this test leaves behind is offered to nobody else.
        var username = "strict-" + System.nanoTime();
        ThrowawayEditors.create(dsl, passwords, username, "Sam Strict", PASSWORD);
        page.navigate(url("/admin"));
        SignInForm.signIn(page, username, PASSWORD);
        assertThat(page.locator("vaadin-grid").first()).isVisible(PATIENTLY);
        page.navigate(url("/admin/articles"));
        var body = visible(page.getByLabel("Text (Markdown)"));
        assertThat(body).isVisible(PATIENTLY);
        visible(page.getByLabel("Title")).pressSequentially("Strict pages");
        body.pressSequentially("Typed under a strict policy");
        body.press("Control+a");
        page.locator(".markdown-toolbar")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Bold").setExact(true))
                .click();
        assertThat(page.locator(".editor-preview strong")).hasText("Typed under a strict policy");
        page.locator(".hero-image-field vaadin-upload input[type=file]")
                .setInputFiles(new FilePayload("strict.png", "image/png", TestImages.png(800, 450)));
        assertThat(page.locator("img.hero-image-preview")).isVisible(PATIENTLY);
        ArticleEditorPage.action(page, "Schedule…").click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel"))
                .click();
        assertThat(page.locator("vaadin-dialog[opened]")).hasCount(0);
        page.waitForTimeout(500); // violations are reported asynchronously: give late ones a moment
        screenshot("csp-editor.png");

        assertThat(violations).isEmpty();
        assertThat(context.cookies()).isNotEmpty().allSatisfy(cookie -> {
            assertThat(cookie.httpOnly).as(cookie.name).isTrue();
            assertThat(cookie.sameSite).as(cookie.name).isEqualTo(SameSiteAttribute.LAX);
        });
    }

    /** Not a check: how the pages look under the policy, for people reviewing it (target/screenshots). */
    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", name))
                .setFullPage(true));
    }
}
