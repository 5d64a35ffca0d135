package org.newsdesk.backoffice.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.base.Language;
import org.newsdesk.theme.ThemeAdministration;
import org.newsdesk.theme.ThemeDraft;
import org.newsdesk.theme.ThemeNames;
import org.newsdesk.theme.ThemeService;
import org.newsdesk.theme.TimelineAction;
import org.newsdesk.theme.TimelineEditing;
import org.newsdesk.theme.TimelineEntryDraft;
import org.newsdesk.theme.TimelineYear;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** An editor keeps a theme's timeline through the timeline page. */
@SpringBootTest
@ViewPackages(packages = "org.newsdesk")
@WithMockUser(username = "eva", roles = "EDITOR")
@Transactional
class TimelineEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    ThemeAdministration administration;

    @Autowired
    TimelineEditing editing;

    @Autowired
    ThemeService themes;

    long themeId;

    @BeforeEach
    void storeATheme() {
        themeId = administration
                .save(new ThemeDraft(
                        null,
                        Map.of(Language.EN, new ThemeNames("Water management", "water-management-editor-test", ""))))
                .themeId();
    }

    @Test
    void editorAddsAnEntryThroughTheFormAndSeesItListed() {
        open();

        test($(Button.class).withText("New entry").single()).click();
        test($(IntegerField.class).withLabel("Year").single()).setValue(2020);
        test($(TextArea.class).withLabel("Text").single()).setValue("Dykes reinforced along the Scheldt.");
        test($(Button.class).withText("Save").single()).click();

        assertThat(listedTexts()).containsExactly("Dykes reinforced along the Scheldt.");
        assertThat(themes.timeline(themeId, Language.NL))
                .flatExtracting(TimelineYear::actions)
                .extracting(TimelineAction::text)
                .containsExactly("Dykes reinforced along the Scheldt.");
    }

    @Test
    void problemsShowNextToTheirFieldsAndNothingIsSaved() {
        open();

        test($(Button.class).withText("New entry").single()).click();
        test($(IntegerField.class).withLabel("Year").single()).setValue(1850);
        test($(Button.class).withText("Save").single()).click();

        var year = $(IntegerField.class).withLabel("Year").single();
        assertThat(year.isInvalid()).isTrue();
        assertThat(year.getErrorMessage()).isEqualTo("Enter a year from 1900 to 2999.");
        assertThat($(TextArea.class).withLabel("Text").single().getErrorMessage())
                .isEqualTo("Write at least one language version.");
        assertThat(editing.entries(themeId)).isEmpty();
    }

    @Test
    void moveDownSwapsAnEntryWithTheNextOfItsYear() {
        for (var text : List.of("First", "Second")) {
            editing.save(new TimelineEntryDraft(null, 0, themeId, 2021, null, Map.of(Language.EN, text), null));
        }
        open();

        test($(Button.class).all().stream()
                        .filter(button -> button.getAriaLabel().orElse("").equals("Move down") && button.isEnabled())
                        .findFirst()
                        .orElseThrow())
                .click();

        assertThat(listedTexts()).containsExactly("Second", "First");
    }

    @Test
    void theDialogOpensOnTheArticleEditorsLanguageSaysWhichLanguagesHaveTextAndConfirmsTheSave() {
        open();

        test($(Button.class).withText("New entry").single()).click();
        assertThat($(TabSheet.class).single().getSelectedTab().getLabel())
                .as("the content's first language, not the English of the interface")
                .isEqualTo("Nederlands");
        assertThat(written()).isEqualTo("No language has a text yet.");
        test($(IntegerField.class).withLabel("Year").single()).setValue(2022);
        test($(TextArea.class).withLabel("Text").single()).setValue("Dijken versterkt langs de Schelde.");
        assertThat(written()).isEqualTo("Written in: Nederlands");
        test($(Button.class).withText("Save").single()).click();

        assertThat($(Notification.class).all())
                .extracting(notification -> test(notification).getText())
                .containsExactly("Entry saved.");
    }

    @Test
    void anEntryOpenedForEditingSaysWhichLanguagesItIsWrittenIn() {
        editing.save(new TimelineEntryDraft(
                null, 0, themeId, 2021, null, Map.of(Language.FR, "Digues renforcées.", Language.DE, "Deiche."), null));
        open();

        test($(Button.class).all().stream()
                        .filter(button -> button.getAriaLabel().orElse("").equals("Edit"))
                        .findFirst()
                        .orElseThrow())
                .click();

        assertThat(written()).isEqualTo("Written in: Français, Deutsch");
        assertThat($(TabSheet.class).single().getSelectedTab().getLabel()).isEqualTo("Nederlands");
    }

    private String written() {
        return $(Paragraph.class)
                .withClassName("timeline-entry-written")
                .single()
                .getText();
    }

    private void open() {
        navigate("admin/themes/" + themeId + "/timeline", TimelineEditorView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Timeline: Water management");
    }

    private List<String> listedTexts() {
        return $(Paragraph.class).withClassName("timeline-editor-text").all().stream()
                .map(Paragraph::getText)
                .toList();
    }
}
