package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.PublishedStory;
import org.newsdesk.base.Language;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.theme.ThemeAdministration;
import org.newsdesk.theme.TimelineEditing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An editor adds an action to a theme's timeline and visitors see it on the theme page at once. */
class TimelineEditorIT extends BrowserTest {

    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    EditorialService editorial;

    @Autowired
    ThemeAdministration themes;

    @Autowired
    TimelineEditing timeline;

    /** A theme with a timeline of the test's own. */
    PublishedStory story;

    @BeforeEach
    void publishStory() {
        story = PublishedStory.publish(editorial, themes, timeline, LocalDate.of(2021, 5, 3));
    }

    @AfterEach
    void removeStory() {
        story.close();
    }

    @Override
    String browserLocale() {
        return "en-GB";
    }

    @Test
    void editorAddsATimelineEntryAndThePublicThemePageShowsItAtOnce() {
        var text = "Ministers signed a joint action plan against trafficking, run " + System.nanoTime() % 1_000_000;
        page.navigate(url("/admin/themes"));
        SignInForm.signIn(page, ThrowawayEditors.editor(dsl, passwords, "Eva Editor"), ThrowawayEditors.PASSWORD);
        var timelineLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit timeline"))
                .and(page.locator("[href='admin/themes/" + story.themeId() + "/timeline']"));
        assertThat(timelineLink).isVisible(PATIENTLY);

        timelineLink.click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Timeline: " + story.themeName(Language.EN))))
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
        reader.navigate(url("/nl/themes/" + story.themeSlug(Language.NL)));
        assertThat(reader.locator(LIVE + ".timeline-year", new Page.LocatorOptions().setHasText("In 2020"))
                        .locator(".timeline-action", new Locator.LocatorOptions().setHasText(text)))
                .isVisible(PATIENTLY);
        var firstResponse = Jsoup.parse(reader.request()
                .get(url("/nl/themes/" + story.themeSlug(Language.NL)))
                .text());
        assertThat(firstResponse.select("#prerender .timeline-action").eachText())
                .anyMatch(each -> each.contains(text));
    }

    private static Locator visible(Locator locator) {
        return locator.filter(new Locator.FilterOptions().setVisible(true)).first();
    }
}
