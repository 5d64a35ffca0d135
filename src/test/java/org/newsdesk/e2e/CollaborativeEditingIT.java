package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.newsdesk.e2e.ArticleEditorPage.action;
import static org.newsdesk.e2e.ArticleEditorPage.assertInView;
import static org.newsdesk.e2e.ArticleEditorPage.publish;
import static org.newsdesk.e2e.ArticleEditorPage.save;
import static org.newsdesk.e2e.ArticleEditorPage.schedule;
import static org.newsdesk.e2e.ArticleEditorPage.visible;
import static org.newsdesk.e2e.ArticleEditorPage.write;

import java.time.LocalDateTime;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.newsdesk.base.SiteTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Two editors on one article, a scheduled version going live by itself and a revision brought back, in a real
 * browser against the running application.
 */
class CollaborativeEditingIT extends BrowserTest {
    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    private static final LocatorAssertions.ContainsTextOptions PATIENT_TEXT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    @Autowired
    SiteTime siteTime;

    @Override
    String browserLocale() {
        return "en-GB";
    }

    @Test
    void editorsSeeEachOtherAndAConflictShowsTheOtherChangesBeforeReloading() {
        var run = Long.toString(System.nanoTime() % 1_000_000);
        signIn(page, ThrowawayEditors.editor(dsl, passwords, "Eva Editor"), ThrowawayEditors.PASSWORD);
        write(page, "Gedeelde pagina " + run, "Eerste regel.");
        publish(page);
        var articleAddress = page.url();

        var colleague = anotherVisitor();
        signIn(colleague, ThrowawayEditors.administrator(dsl, passwords, "Adam Admin"), ThrowawayEditors.PASSWORD);
        colleague.navigate(articleAddress);
        assertThat(page.locator(".others-editing")).containsText("Adam Admin", PATIENT_TEXT);
        assertThat(colleague.locator(".others-editing")).containsText("Eva Editor", PATIENT_TEXT);

        visible(colleague.getByLabel("Text (Markdown)")).fill("Eerste regel.\nRegel van Adam.");
        save(colleague, "Update");
        // Eva is writing further down the page: the notice must reach her there, not only at the top.
        var body = visible(page.getByLabel("Text (Markdown)"));
        visible(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revisions")))
                .scrollIntoViewIfNeeded();
        assertThat(page.locator(".others-editing")).containsText("Adam Admin saved a newer version", PATIENT_TEXT);
        assertInView(page, page.locator(".others-editing"));
        body.fill("Eerste regel.\nRegel van Eva.");
        action(page, "Update").click();

        var dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Adam Admin saved this article", PATIENT_TEXT);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("See their changes"))
                .click();
        assertThat(dialog.locator("del")).hasText("− Regel van Adam.");
        assertThat(dialog.locator("ins")).hasText("+ Regel van Eva.");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reload their version"))
                .click();
        assertThat(visible(page.getByLabel("Text (Markdown)"))).hasValue("Eerste regel.\nRegel van Adam.");
        colleague.context().close();
    }

    @Test
    void aScheduledVersionGoesLiveByItselfWhenItsTimeComes() {
        var run = Long.toString(System.nanoTime() % 1_000_000);
        signIn(page, ThrowawayEditors.editor(dsl, passwords, "Eva Editor"), ThrowawayEditors.PASSWORD);
        write(page, "Later bericht " + run, "Verschijnt straks vanzelf.");
        // The picker takes whole minutes on the site's clocks: the first one at least forty seconds ahead, time
        // enough to save.
        schedule(
                page,
                LocalDateTime.now(siteTime.zone())
                        .plusSeconds(100)
                        .withSecond(0)
                        .withNano(0));

        var reader = anotherVisitor();
        var address = url("/nl/news/later-bericht-" + run);
        reader.navigate(address);
        assertThat(reader.locator(LIVE + ".not-found h1")).isVisible(PATIENTLY);
        var deadline = System.currentTimeMillis() + 100_000;
        do {
            reader.waitForTimeout(2_000);
            reader.navigate(address);
        } while (reader.locator(LIVE + ".article h1").count() == 0 && System.currentTimeMillis() < deadline);
        assertThat(reader.locator(LIVE + ".article h1")).hasText("Later bericht " + run);
        reader.context().close();
    }

    @Test
    void anOlderRevisionIsBroughtBackAndPublished() {
        var run = Long.toString(System.nanoTime() % 1_000_000);
        signIn(page, ThrowawayEditors.editor(dsl, passwords, "Eva Editor"), ThrowawayEditors.PASSWORD);
        write(page, "Oude kop " + run, "Tekst.");
        publish(page);
        visible(page.getByLabel("Title")).fill("Nieuwe kop " + run);
        save(page, "Update");

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Revisions"))
                .first()
                .click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        dialog.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText("Published"))
                .last()
                .click();
        assertThat(dialog.locator("del").first()).hasText("− Oude kop " + run);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Restore this revision"))
                .click();
        assertThat(visible(page.getByLabel("Title"))).hasValue("Oude kop " + run);
        save(page, "Update");

        var reader = anotherVisitor();
        reader.navigate(url("/nl/news/oude-kop-" + run));
        assertThat(reader.locator(LIVE + ".article h1"))
                .hasText("Oude kop " + run, new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        reader.context().close();
    }

    private void signIn(Page browser, String username, String password) {
        browser.navigate(url("/admin/articles"));
        SignInForm.signIn(browser, username, password);
        assertThat(visible(browser.getByLabel("Title"))).isVisible(PATIENTLY);
    }
}
