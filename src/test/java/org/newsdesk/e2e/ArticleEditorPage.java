package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatObject;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The article editor as a browser drives it: a language version's text, and the actions of its publishing bar. */
final class ArticleEditorPage {

    private ArticleEditorPage() {}

    /** Writes the title and text of the language tab shown. */
    static void write(Page page, String title, String body) {
        visible(page.getByLabel("Title")).fill(title);
        visible(page.getByLabel("Text (Markdown)")).fill(body);
    }

    /** Publishes the language version shown: the action, then yes to the confirmation, then the save. */
    static void publish(Page page) {
        clearNotifications(page);
        action(page, "Publish").click();
        // The confirmation's own button: no other button on the editor says Confirm.
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Confirm").setExact(true))
                .click();
        assertSaved(page);
    }

    /** Schedules the language version shown, at a whole minute: the picker takes no seconds. */
    static void schedule(Page page, LocalDateTime publishAt) {
        clearNotifications(page);
        action(page, "Schedule…").click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        // Set as the picker's own input would: its value, then the change event the server listens to.
        dialog.locator("vaadin-date-time-picker")
                .evaluate(
                        "(picker, value) => { picker.value = value;"
                                + " picker.dispatchEvent(new CustomEvent('change', {bubbles: true})); }",
                        publishAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        dialog.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Schedule").setExact(true))
                .click();
        assertSaved(page);
    }

    /** Saves with an action that changes no state nor address (Save draft, Update): no confirmation. */
    static void save(Page page, String label) {
        clearNotifications(page);
        action(page, label).click();
        assertSaved(page);
    }

    /** A button of the publishing bar by its text. */
    static Locator action(Page page, String label) {
        return page.locator(".publishing-bar")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(label).setExact(true));
    }

    /**
     * The element is on screen as the page is scrolled now, and nothing covers it (the header, say): what is drawn at
     * its top edge belongs to it.
     */
    static void assertInView(Page page, Locator locator) {
        var viewport = page.viewportSize();
        var box = locator.boundingBox();
        assertThatObject(box).as("%s is on the page", locator).isNotNull();
        assertThatObject(box.y >= 0 && box.y + box.height <= viewport.height)
                .as("%s in view: top %s, height %s of %s", locator, box.y, box.height, viewport.height)
                .isEqualTo(true);
        assertThatObject(
                        locator.evaluate(
                                "element => { const box = element.getBoundingClientRect();"
                                        + " return element.contains(document.elementFromPoint(box.left + box.width / 2, box.top + 2)); }"))
                .as("%s not covered", locator)
                .isEqualTo(true);
    }

    static Locator visible(Locator locator) {
        return locator.filter(new Locator.FilterOptions().setVisible(true)).first();
    }

    private static void clearNotifications(Page page) {
        page.locator("vaadin-notification-card").all().forEach(card -> card.evaluate("card => card.remove()"));
    }

    private static void assertSaved(Page page) {
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Saved.");
        assertThat(page).hasURL(Pattern.compile(".*/admin/articles/\\d+$"));
    }
}
