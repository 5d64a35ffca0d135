package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatObject;
import static org.newsdesk.e2e.ArticleEditorPage.save;
import static org.newsdesk.e2e.ArticleEditorPage.visible;
import static org.newsdesk.e2e.ArticleEditorPage.write;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An editor shares a draft with a press office through a preview link: the press office, with no account and no
 * session, reads the draft under its banner and comments; the comment arrives among the article's notes; once the
 * editor revokes the link, it answers 404.
 */
class PreviewLinksIT extends BrowserTest {

    private static final LocatorAssertions.ContainsTextOptions PATIENTLY_TEXT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    @Override
    String browserLocale() {
        return "en-GB";
    }

    @Test
    void aPressOfficeReadsTheDraftThroughALinkCommentsAndLosesItWhenRevoked() {
        var run = Long.toString(System.nanoTime() % 1_000_000);
        var title = "Nieuwe steunmaatregel " + run;
        page.navigate(url("/admin/articles"));
        SignInForm.signIn(page, ThrowawayEditors.editor(dsl, passwords, "Pia Preview"), ThrowawayEditors.PASSWORD);
        assertThat(visible(page.getByLabel("Title"))).isVisible(PATIENTLY);
        write(page, title, "De maatregel geldt **vanaf 1 juni**.");
        save(page, "Save draft");

        barButton(page, "Preview links…").click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("No preview links yet.")).isVisible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create link"))
                .click();
        var address = dialog.locator("vaadin-text-field.preview-link-address input");
        assertThat(address).hasValue(Pattern.compile(".*/nl/shared-preview/[A-Za-z0-9_-]{43}$"));
        var link = address.inputValue();

        var reviewer = sessionBrowser().newContext().newPage();
        var opened = reviewer.navigate(link);
        assertThatObject(opened.status()).isEqualTo(200);
        var live = reviewer.locator(LIVE);
        assertThat(live.locator(".preview-banner")).containsText("Voorbeeld, niet gepubliceerd", PATIENTLY_TEXT);
        assertThat(live.locator(".article h1")).hasText(title);
        assertThat(live.locator(".article-body strong")).hasText("vanaf 1 juni");
        reviewer.getByLabel("Uw naam").fill("Persdienst FOD Economie");
        reviewer.getByLabel("Uw opmerking").fill("Graag ook de datum van publicatie in het Staatsblad vermelden.");
        reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opmerking versturen"))
                .click();
        assertThat(reviewer.locator(".comment-sent")).containsText("Dank u");
        Screenshots.desktopAndPhone(reviewer, "preview-link");

        page.reload();
        var note = page.locator(".notes-panel .note").first();
        assertThat(note).containsText("Graag ook de datum van publicatie", PATIENTLY_TEXT);
        assertThat(note).containsText("Persdienst FOD Economie");
        assertThat(note).containsText("Comment via preview link");

        barButton(page, "Preview links…").click();
        var links = page.getByRole(AriaRole.DIALOG).locator("vaadin-grid.preview-links");
        assertThat(links).containsText("once, last");
        links.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke"))
                .click();
        assertThat(links).containsText("Revoked");

        var gone = reviewer.navigate(link);
        assertThatObject(gone.status()).isEqualTo(404);
        assertThat(reviewer.locator(LIVE)).containsText("Pagina niet gevonden", PATIENTLY_TEXT);
        assertThat(reviewer.locator("body")).not().containsText(title);
        reviewer.context().close();
    }

    private static Locator barButton(Page page, String label) {
        return page.locator(".publishing-bar")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(label).setExact(true));
    }
}
