package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatObject;
import static org.newsdesk.e2e.ArticleEditorPage.action;
import static org.newsdesk.e2e.ArticleEditorPage.assertInView;
import static org.newsdesk.e2e.ArticleEditorPage.publish;
import static org.newsdesk.e2e.ArticleEditorPage.visible;
import static org.newsdesk.e2e.ArticleEditorPage.write;

import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An editor writes an article in two languages in the back office and readers see it, in a real browser. */
class EditorialWorkflowIT extends BrowserTest {

    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Override
    String browserLocale() {
        return "en-GB";
    }

    private static final String XSS =
            "<img src=x onerror=\"window.hacked = true\"> " + "<a href=\"javascript:window.hacked = true\">click</a>";

    @Test
    void editorPublishesAnArticleInTwoLanguagesAndAnXssPayloadStaysInert() {
        var run = Long.toString(System.nanoTime() % 1_000_000);
        page.navigate(url("/admin/articles"));
        SignInForm.signIn(page, ThrowawayEditors.editor(dsl, passwords, "Eva Editor"), ThrowawayEditors.PASSWORD);
        assertThat(visible(page.getByLabel("Title"))).isVisible(PATIENTLY);

        write(page, "Nieuwe veerdienst " + run, "De veerdienst verbindt beide oevers.\n\n" + XSS);
        publish(page);
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Français"))
                .click();
        write(page, "Nouveau bac " + run, "Le bac relie les deux rives.\n\n" + XSS);
        publish(page);
        assertThat(page).hasURL(Pattern.compile(".*/admin/articles/\\d+$"));

        var reader = anotherVisitor();
        reader.navigate(url("/fr/news/nouveau-bac-" + run));
        var title = reader.locator(".site:not(#prerender) .article h1");
        assertThat(title).hasText("Nouveau bac " + run, new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(reader.locator(".site:not(#prerender) .article-body")).containsText("Le bac relie les deux rives.");
        assertThat(reader.locator(".article-body img")).hasCount(0);
        assertThat(reader.locator(".article-body a[href^='javascript']")).hasCount(0);
        assertThatObject(reader.evaluate("() => window.hacked === true")).isEqualTo(false);
        reader.locator(".site:not(#prerender) .language-switch a[hreflang=nl]").click();
        assertThat(reader.locator(".site:not(#prerender) .article h1")).hasText("Nieuwe veerdienst " + run);
    }

    /**
     * The publishing bar of the language shown stays in view, under the header, while the editor writes further down
     * the page, on a desktop and on a phone. The pictures (target/screenshots/editor-*.png) are for reviewing the
     * layout.
     */
    @Test
    void thePublishingBarStaysInViewWhileWritingOnDesktopAndPhone() {
        var run = Long.toString(System.nanoTime() % 1_000_000);
        page.navigate(url("/admin/articles"));
        SignInForm.signIn(page, ThrowawayEditors.editor(dsl, passwords, "Eva Editor"), ThrowawayEditors.PASSWORD);
        assertThat(visible(page.getByLabel("Title"))).isVisible(PATIENTLY);
        write(page, "Balk in beeld " + run, "Een alinea.\n\nNog een alinea.");
        publish(page);

        for (var size : new int[][] {{1280, 900}, {390, 844}}) {
            page.setViewportSize(size[0], size[1]);
            visible(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revisions")))
                    .scrollIntoViewIfNeeded();
            assertThat(action(page, "Update")).isVisible();
            assertInView(page, page.locator(".publishing-bar"));
            assertThat(page.locator(".publishing-state")).containsText("Published · last saved by Eva Editor");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("editor-" + (size[0] > 1000 ? "desktop" : "phone") + ".png")));
        }
    }
}
