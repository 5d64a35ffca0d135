package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** An editor adds an action to a theme's timeline and visitors see it on the theme page at once. */
class TimelineEditorIT extends BrowserTest {

    @Override
    String browserLocale() {
        return "en-GB";
    }

    @Test
    void editorAddsATimelineEntryAndThePublicThemePageShowsItAtOnce() {
        var text = "Ministers signed a joint action plan against trafficking, run " + System.nanoTime() % 1_000_000;
        page.navigate(url("/admin/themes"));
        SignInForm.signIn(page, "editor", "newsroom-editor-2026");
        var timelineLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit timeline"))
                .first();
        assertThat(timelineLink).isVisible(PATIENTLY);

        timelineLink.click();
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Timeline: Fighting human trafficking")))
                .isVisible(PATIENTLY);
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("New entry"))
                .click();
        visible(page.getByLabel("Year", new Page.GetByLabelOptions().setExact(true)))
                .fill("2020");
        // The dialog opens on the article editor's first language, Dutch, although the back office speaks English.
        assertThat(page.locator("vaadin-tabsheet vaadin-tab[selected]")).hasText("Nederlands");
        visible(page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true)))
                .fill(text);
        page.locator("vaadin-dialog vaadin-button", new Page.LocatorOptions().setHasText("Save"))
                .click();
        assertThat(page.locator(".timeline-editor-entry", new Page.LocatorOptions().setHasText(text)))
                .isVisible();
        assertThat(page.locator("vaadin-notification-card")).containsText("Entry saved.");

        var reader = anotherVisitor();
        reader.navigate(url("/nl/themes/mensenhandel"));
        assertThat(reader.locator(LIVE + ".timeline-year", new Page.LocatorOptions().setHasText("In 2020"))
                        .locator(".timeline-action", new Locator.LocatorOptions().setHasText(text)))
                .isVisible(PATIENTLY);
        var firstResponse =
                Jsoup.parse(reader.request().get(url("/nl/themes/mensenhandel")).text());
        assertThat(firstResponse.select("#prerender .timeline-action").eachText())
                .anyMatch(each -> each.contains(text));
    }

    private static Locator visible(Locator locator) {
        return locator.filter(new Locator.FilterOptions().setVisible(true)).first();
    }
}
