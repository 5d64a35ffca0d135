package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.newsdesk.e2e.ArticleEditorPage.action;
import static org.newsdesk.e2e.ArticleEditorPage.visible;

import com.microsoft.playwright.Locator;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An editor in a British browser writes dates day first, may always type ISO dates, and is told when what was
 * typed is no date, instead of seeing it emptied and then called "Required".
 */
class RegionalDatesIT extends BrowserTest {

    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    @Override
    String browserLocale() {
        return "en-GB";
    }

    @Test
    void datesAreWrittenDayFirstIsoIsUnderstoodAndNonsenseIsNamedAsSuch() {
        page.navigate(url("/admin/articles"));
        SignInForm.signIn(page, ThrowawayEditors.editor(dsl, passwords, "Rita Regional"), ThrowawayEditors.PASSWORD);
        var date = visible(page.getByLabel("Publication date"));
        assertThat(date).isVisible(PATIENTLY);

        type(date, "2026-12-31");
        assertThat(date).hasValue("31/12/2026");

        type(date, "31/13/2026");
        var picker = page.locator("vaadin-date-picker");
        assertThat(picker).hasAttribute("invalid", "");
        assertThat(picker.locator("[slot=error-message]")).containsText("That is not a date. Write it as 31/12/2026");

        ArticleEditorPage.write(page, "Datumproef", "Tekst.");
        action(page, "Save draft").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("problem");
        assertThat(picker.locator("[slot=error-message]")).containsText("That is not a date.");
        assertThat(date).hasValue("31/13/2026");
    }

    private static void type(Locator field, String text) {
        field.fill(text);
        field.press("Enter");
        field.blur();
    }
}
