package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.newsdesk.e2e.ArticleEditorPage.publish;
import static org.newsdesk.e2e.ArticleEditorPage.save;
import static org.newsdesk.e2e.ArticleEditorPage.visible;
import static org.newsdesk.e2e.ArticleEditorPage.write;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.USER_ACCOUNT;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A corrected figure in the Dutch text reaches the French translator: flagged in the list and the overview, shown
 * word by word beside the French text, and confirmed, in a real browser.
 */
class TranslationDeskIT extends BrowserTest {

    private static final String PASSWORD = "translation-desk-2026";
    private static final LocatorAssertions.ContainsTextOptions PATIENT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    private String username;
    private String run;

    @Override
    String browserLocale() {
        return "en-GB";
    }

    @BeforeEach
    void createAnAccountOfItsOwn() {
        username = "desk-" + System.nanoTime();
        run = Long.toString(System.nanoTime() % 1_000_000);
        ThrowawayEditors.create(dsl, passwords, username, "Tom Translator", PASSWORD);
    }

    @AfterEach
    void removeTheArticleAndTheAccount() {
        context.close();
        dsl.deleteFrom(ARTICLE).where(ARTICLE.UPDATED_BY.eq(username)).execute();
        dsl.deleteFrom(USER_ACCOUNT).where(USER_ACCOUNT.USERNAME.eq(username)).execute();
    }

    @Test
    void aChangedDutchFigureFlagsTheFrenchTranslationUntilItIsConfirmed() {
        page.navigate(url("/admin/articles"));
        SignInForm.signIn(page, username, PASSWORD);
        assertThat(visible(page.getByLabel("Title"))).isVisible(PATIENTLY);
        write(page, "Sluis van 30 meter " + run, "De nieuwe sluis is 30 meter breed.");
        publish(page);
        languageTab(page, "Français").click();
        assertThat(visible(page.locator(".source-text[data-source-of=body]")))
                .containsText("De nieuwe sluis is 30 meter breed.");
        write(page, "Écluse de 30 mètres " + run, "La nouvelle écluse mesure 30 mètres de large.");
        publish(page);
        var editorAddress = page.url();

        languageTab(page, "Nederlands").click();
        visible(page.getByLabel("Text (Markdown)")).fill("De nieuwe sluis is 32 meter breed.");
        save(page, "Update");

        page.navigate(url("/admin?q=" + run));
        assertThat(page.locator(".version-state.state-published", new Page.LocatorOptions().setHasText("fr")))
                .containsText("outdated", PATIENT);

        page.navigate(url("/admin/translations?lang=fr&state=outdated"));
        assertThat(page.locator("vaadin-grid")).containsText("Sluis van 30 meter " + run, PATIENT);
        Screenshots.desktopAndPhone(page, "translation-overview");
        // The newest outdated version comes last: this one, just made outdated. Its French cell opens French.
        page.locator(".standing-outdated").last().click();
        assertThat(page).hasURL(Pattern.compile(".*/admin/articles/" + articleIdIn(editorAddress) + "\\?lang=fr$"));

        var notice = visible(page.locator(".translation-outdated"));
        assertThat(notice).containsText("The source text (Nederlands) changed on", PATIENT);
        // Styled as a notice: a broken rule anywhere above it in backoffice.css would leave it plain.
        assertThat(notice).hasCSS("background-color", "rgb(255, 244, 206)");
        assertThat(notice.locator("del")).hasText("30");
        assertThat(notice.locator("ins")).hasText("32");
        assertThat(visible(page.locator(".source-text[data-source-of=title]"))).containsText("Sluis van 30 meter");
        Screenshots.desktopAndPhone(page, "translation-side-by-side");

        notice.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Still correct"))
                .click();
        assertThat(page.locator(".translation-outdated")).isHidden();
        page.navigate(url("/admin/translations?lang=fr&state=outdated"));
        assertThat(page.locator("vaadin-grid")).not().containsText("Sluis van 30 meter " + run);
    }

    /** The editor's tab of a language, not the tab beside the body that shows the source in it. */
    private static Locator languageTab(Page page, String name) {
        return page.getByRole(
                AriaRole.TAB, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static String articleIdIn(String editorAddress) {
        var matcher = Pattern.compile("/admin/articles/(\\d+)").matcher(editorAddress);
        return matcher.find() ? matcher.group(1) : "none";
    }
}
