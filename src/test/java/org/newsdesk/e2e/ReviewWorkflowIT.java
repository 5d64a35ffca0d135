package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatObject;
import static org.newsdesk.e2e.ArticleEditorPage.action;
import static org.newsdesk.e2e.ArticleEditorPage.visible;
import static org.newsdesk.e2e.ArticleEditorPage.write;

import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.newsdesk.SiteClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * Review by a second person in two browsers, with review required: editor Anna submits, Ben (an administrator, as
 * the demo's admin account is) sends her version back with a note, she reads it, fixes the text and submits again,
 * he approves, and visitors get the article, its first response included, without the note.
 */
@TestPropertySource(properties = "newsdesk.workflow.review-required=true")
class ReviewWorkflowIT extends BrowserTest {

    private static final LocatorAssertions.ContainsTextOptions PATIENT_TEXT =
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
    void anEditorSubmitsAnotherSendsBackThenApprovesAndTheArticleIsLive() {
        var run = Long.toString(System.nanoTime() % 1_000_000);
        var title = "Dijk hersteld " + run;
        var slug = "dijk-hersteld-" + run;
        var remark = "Noem de aannemer " + run;
        var site = new SiteClient(port);

        page.navigate(url("/admin/articles"));
        SignInForm.signIn(page, ThrowawayEditors.editor(dsl, passwords, "Anna Auteur"), ThrowawayEditors.PASSWORD);
        write(page, title, "De dijk is hersteld.");
        assertThat(action(page, "Publish")).hasCount(0);
        takeAction(page, "Submit for review", "Saved.");
        assertThat(page).hasURL(Pattern.compile(".*/admin/articles/\\d+$"));
        var editorAddress = page.url();
        assertThat(page.locator(".publishing-state")).containsText("In review");
        assertThatObject(site.get("/nl/news/" + slug).statusCode())
                .as("not public in review")
                .isEqualTo(404);

        var reviewer = reviewerBrowser();
        reviewer.navigate(url("/admin"));
        SignInForm.signIn(
                reviewer, ThrowawayEditors.administrator(dsl, passwords, "Ben Beheerder"), ThrowawayEditors.PASSWORD);
        assertThat(reviewer.getByText("Waiting for my review")).isVisible(PATIENTLY);
        reviewer.navigate(url("/admin?review=mine&q=" + title.replace(" ", "+")));
        visible(reviewer.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(title)))
                .click();
        assertThat(action(reviewer, "Approve")).isVisible(PATIENTLY);
        action(reviewer, "Send back…").click();
        var dialog = reviewer.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("What has to change").fill(remark);
        clearNotifications(reviewer);
        dialog.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Send back").setExact(true))
                .click();
        assertThat(reviewer.locator("vaadin-notification-card").first()).containsText("Sent back to draft.");

        page.navigate(editorAddress);
        assertThat(action(page, "Notes (1)")).isVisible(PATIENTLY);
        action(page, "Notes (1)").click();
        assertThat(page.locator(".notes-panel .note-text").first()).containsText(remark, PATIENT_TEXT);
        notesInView(page, "review-sent-back");
        assertThat(page.locator(".notes-panel")).containsText("Sent back");
        write(page, title, "De dijk is hersteld door de aannemer Van Dam.");
        takeAction(page, "Submit for review", "Saved.");

        reviewer.navigate(editorAddress);
        assertThat(action(reviewer, "Approve")).isVisible(PATIENTLY);
        assertThat(reviewer.locator(".notes-panel")).containsText(remark);
        var hostile = "<img src=x onerror=\"window.hacked = true\"> Bron nagekeken " + run;
        reviewer.getByLabel("New note").fill(hostile);
        reviewer.locator(".notes-panel")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add note"))
                .click();
        assertThat(reviewer.locator(".notes-panel .note-text").first()).hasText(hostile);
        assertThat(reviewer.locator(".notes-panel img")).hasCount(0);
        assertThatObject(reviewer.evaluate("() => window.hacked === true")).isEqualTo(false);
        Screenshots.desktopAndPhone(reviewer, "review-editor");
        notesInView(reviewer, "review-notes");
        clearNotifications(reviewer);
        action(reviewer, "Approve").click();
        // Going live, like any publication, is read and confirmed first.
        var confirmation = reviewer.getByRole(AriaRole.ALERTDIALOG);
        assertThat(confirmation).containsText("nl/news/" + slug);
        confirmation
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Confirm").setExact(true))
                .click();
        assertThat(reviewer.locator("vaadin-notification-card").first()).containsText("Approved.");
        assertThat(reviewer.locator(".publishing-state")).containsText("Published");

        var visitor = anotherVisitor();
        visitor.navigate(url("/nl/news/" + slug));
        assertThat(visitor.locator(LIVE + ".article h1"))
                .hasText(title, new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(visitor.locator(LIVE + ".article-body")).containsText("aannemer Van Dam");
        assertThatObject(visitor.content().contains(remark)).isEqualTo(false);
        var firstResponse = site.get("/nl/news/" + slug);
        assertThatObject(firstResponse.statusCode())
                .as("the cached 404 went with the approval")
                .isEqualTo(200);
        assertThatObject(firstResponse.body().contains(title)).isEqualTo(true);
        assertThatObject(firstResponse.body().contains(remark))
                .as("no note on the public site")
                .isEqualTo(false);
        assertThatObject(firstResponse.body().contains("Bron nagekeken " + run)).isEqualTo(false);
    }

    /**
     * The notes scrolled into view under the publishing bar, on a desktop and a phone
     * (target/screenshots/{name}-*.png): the editor scrolls inside its layout, so a full-page picture stops at the
     * window.
     */
    private static void notesInView(Page page, String name) {
        for (var size : new int[][] {{1280, 900}, {390, 844}}) {
            page.setViewportSize(size[0], size[1]);
            page.locator(".notes-panel").scrollIntoViewIfNeeded();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of(
                            "target", "screenshots", name + "-" + (size[0] > 1000 ? "desktop" : "phone") + ".png")));
        }
        page.setViewportSize(1366, 900);
    }

    private Page reviewerBrowser() {
        return sessionBrowser()
                .newContext(new Browser.NewContextOptions()
                        .setLocale(browserLocale())
                        .setViewportSize(1366, 900))
                .newPage();
    }

    /** A review action of the publishing bar that needs no confirmation, and the notification that reports it. */
    private static void takeAction(Page page, String label, String reported) {
        clearNotifications(page);
        action(page, label).click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText(reported);
    }

    private static void clearNotifications(Page page) {
        page.locator("vaadin-notification-card").all().forEach(card -> card.evaluate("card => card.remove()"));
    }
}
