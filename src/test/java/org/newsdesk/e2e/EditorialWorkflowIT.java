package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatObject;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** An editor writes an article in two languages in the back office and readers see it, in a real browser. */
class EditorialWorkflowIT extends BrowserTest {

    @Override
    String browserLocale() {
        return "en-GB";
    }

    private static final String XSS = "<img src=x onerror=\"window.hacked = true\"> "
            + "<a href=\"javascript:window.hacked = true\">click</a>";

    @Test
    void editorPublishesAnArticleInTwoLanguagesAndAnXssPayloadStaysInert() {
        var run = Long.toString(System.nanoTime() % 1_000_000);
        page.navigate(url("/admin/articles"));
        SignInForm.signIn(page, "editor", "newsroom-editor-2026");
        assertThat(visible(page.getByLabel("Title"))).isVisible(PATIENTLY);

        write("Nieuwe veerdienst " + run, "De veerdienst verbindt beide oevers.\n\n" + XSS);
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Français")).click();
        write("Nouveau bac " + run, "Le bac relie les deux rives.\n\n" + XSS);
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Save")).click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Saved.");
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

    private void write(String title, String body) {
        visible(page.getByLabel("Title")).fill(title);
        visible(page.getByLabel("Text (Markdown)")).fill(body);
        visible(page.locator("vaadin-select")).click();
        visible(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Published"))).click();
    }

    private static Locator visible(Locator locator) {
        return locator.filter(new Locator.FilterOptions().setVisible(true)).first();
    }

}
