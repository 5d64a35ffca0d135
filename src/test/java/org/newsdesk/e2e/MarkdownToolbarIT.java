package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatObject;
import static org.newsdesk.e2e.ArticleEditorPage.visible;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The formatting toolbar acts where the editor writes: on the selection, or on the line the cursor is on, and the
 * keyboard shortcuts do the same. The server hears of the result as of typing, so a save keeps it.
 */
class MarkdownToolbarIT extends BrowserTest {
    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    @Override
    String browserLocale() {
        return "en-GB";
    }

    @Test
    void headingQuoteAndListToggleTheLineBoldWrapsTheSelectionAndLinkSelectsItsAddress() {
        page.navigate(url("/admin/articles"));
        SignInForm.signIn(page, ThrowawayEditors.editor(dsl, passwords, "Eva Editor"), ThrowawayEditors.PASSWORD);
        var body = visible(page.getByLabel("Text (Markdown)"));
        assertThat(body).isVisible(PATIENTLY);
        body.fill("First line\nSecond line");

        select(body, 14, 14);
        tool("Quote").click();
        assertThat(body).hasValue("First line\n> Second line");
        assertThatObject(selection(body)).as("the cursor stays in its word").isEqualTo(List.of(16, 16));
        tool("Quote").click();
        assertThat(body).hasValue("First line\nSecond line");

        select(body, 0, 21);
        tool("List").click();
        assertThat(body).hasValue("- First line\n- Second line");

        select(body, 2, 7);
        body.press("Control+b");
        assertThat(body).hasValue("- **First** line\n- Second line");

        select(body, 21, 21);
        tool("Italic").click();
        assertThat(body).hasValue("- **First** line\n- Se__cond line");
        assertThatObject(selection(body)).as("between the marks").isEqualTo(List.of(22, 22));
        body.pressSequentially("x");
        assertThat(body).hasValue("- **First** line\n- Se_x_cond line");

        select(body, 12, 16);
        tool("Link").click();
        body.pressSequentially("example.org");
        assertThat(body).hasValue("- **First** [line](example.org)\n- Se_x_cond line");

        assertThat(page.locator(".editor-preview")).containsText("First");
        assertThat(page.locator(".editor-preview strong")).hasText("First");
    }

    private Locator tool(String name) {
        return page.locator(".markdown-toolbar")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void select(Locator body, int start, int end) {
        body.evaluate(
                "(area, range) => { area.focus(); area.setSelectionRange(range[0], range[1]); }", List.of(start, end));
    }

    private static Object selection(Locator body) {
        return body.evaluate("area => [area.selectionStart, area.selectionEnd]");
    }
}
