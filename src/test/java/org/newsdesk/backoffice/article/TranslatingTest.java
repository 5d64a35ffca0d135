package org.newsdesk.backoffice.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.newsdesk.article.ArticleService;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.Revision;
import org.newsdesk.editorial.VersionDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** A translator works beside the source: its text next to each field, and what changed in it since. */
@SpringBootTest
@ViewPackages(packages = "org.newsdesk")
@WithMockUser(username = "eva", roles = "EDITOR")
@Transactional
class TranslatingTest extends SpringBrowserlessTest {

    @Autowired
    EditorialService editorial;

    @Autowired
    ArticleService articles;

    @Test
    void anOutdatedTranslationShowsTheSourceBesideItsFieldsAndWhatChangedWordByWord() {
        var id = articleWithCorrectedDutchFigure();
        navigate(ArticleEditorView.class, Map.of("articleId", String.valueOf(id)));

        var french = tab(Language.FR);

        assertThat(sourceBeside(french, "title").getElement().getTextRecursively())
                .contains("Brug van 12 miljoen");
        assertThat(sourceBeside(french, "title").getElement().toString()).contains("lang=\"nl\"");
        assertThat(sourceBeside(french, "body").getElement().getTextRecursively())
                .contains("De brug kostte 14 miljoen euro.");
        assertThat($(Tabs.class, french).single().getSelectedTab().getLabel()).isEqualTo("Source: Nederlands");
        @SuppressWarnings("unchecked")
        Select<Optional<Language>> source =
                $(Select.class, french).withLabel("Translated from").single();
        assertThat(source.getValue()).contains(Language.NL);
        var outdated =
                $(Div.class, french).withClassName("translation-outdated").single();
        assertThat(outdated.isVisible()).isTrue();
        assertThat(outdated.getElement().getTextRecursively()).contains("The source text (Nederlands) changed on");
        var changes = $(Html.class, outdated).single();
        assertThat(changes.getInnerHtml()).contains("De brug kostte <del>12</del><ins>14</ins> miljoen euro.");
        assertThat(changes.getElement().getAttribute("lang")).isEqualTo("nl");
    }

    @Test
    void stillCorrectClearsTheMarkAndIsKeptAsARevision() {
        var id = articleWithCorrectedDutchFigure();
        navigate(ArticleEditorView.class, Map.of("articleId", String.valueOf(id)));
        var french = tab(Language.FR);

        test($(Button.class, french).withText("Still correct").single()).click();

        assertThat(editorial.translations(id).get(Language.FR).outdated()).isFalse();
        assertThat($(Div.class, french).withClassName("translation-outdated").all())
                .as("the notice is gone")
                .isEmpty();
        test($(Button.class, french).withText("Revisions").single()).click();
        @SuppressWarnings("unchecked")
        Grid<Revision> revisions = $(Grid.class).last();
        assertThat(test(revisions).getCellText(0, 2)).isEqualTo("Confirmed as still correct");
    }

    @Test
    void theOriginalShowsNoSourceAndALanguageNotWrittenYetShowsTheOriginal() {
        var id = articleWithCorrectedDutchFigure();
        navigate(ArticleEditorView.class, Map.of("articleId", String.valueOf(id)));

        assertThat($(Div.class, tab(Language.NL)).withClassName("source-text").all())
                .isEmpty();

        var german = tab(Language.DE);
        assertThat(sourceBeside(german, "body").getElement().getTextRecursively())
                .contains("De brug kostte 14 miljoen euro.");
        assertThat($(Div.class, german).withClassName("translation-panel").all())
                .as("nothing to choose before the version exists")
                .isEmpty();
    }

    @Test
    void publishingATranslationWhoseFiguresDifferNamesTheDifferenceAndPublishesWhenTheEditorSaysSo() {
        var id = articleWithCorrectedDutchFigure();
        navigate(ArticleEditorView.class, Map.of("articleId", String.valueOf(id)));
        tab(Language.FR);

        test($(Button.class).withText("Publish").single()).click();

        var dialog = $(ConfirmDialog.class).all().stream()
                .filter(ConfirmDialog::isOpened)
                .findFirst()
                .orElseThrow();
        assertThat($(ListItem.class, dialog).all().stream().map(ListItem::getText))
                .contains("Français: numbers differ from Nederlands: only in Nederlands: 14; only here: –.");
        test(dialog).confirm();
        assertThat(editorial.load(id).orElseThrow().versions().get(Language.FR).status())
                .isEqualTo(PublicationStatus.PUBLISHED);
    }

    @Test
    void twoLanguagesWrittenArePublishedTogetherInOneAction() {
        navigate("admin/articles", ArticleEditorView.class);
        assertThat($(Button.class).withText("Publish languages together…").all())
                .as("nothing to publish together yet")
                .isEmpty();
        write(tab(Language.NL), "Samen online", "Tegelijk in twee talen.");
        write(tab(Language.FR), "En ligne ensemble", "En même temps dans deux langues.");

        test($(Button.class).withText("Publish languages together…").single()).click();
        var dialog = $(PublishTogetherDialog.class).single();
        @SuppressWarnings("unchecked")
        CheckboxGroup<Language> languages = $(CheckboxGroup.class, dialog).single();
        assertThat(languages.getValue()).containsExactlyInAnyOrder(Language.NL, Language.FR);
        test($(Button.class, dialog).withText("Go ahead").single()).click();
        test($(ConfirmDialog.class).all().stream()
                        .filter(ConfirmDialog::isOpened)
                        .findFirst()
                        .orElseThrow())
                .confirm();

        assertThat(articles.readable(Language.NL, "samen-online")).isPresent();
        assertThat(articles.readable(Language.FR, "en-ligne-ensemble")).isPresent();
    }

    private void write(VersionEditor version, String title, String body) {
        test($(TextField.class, version).withLabel("Title").single()).setValue(title);
        test($(TextArea.class, version).withLabel("Text (Markdown)").single()).setValue(body);
    }

    /** Dutch and French written together; then the Dutch figure is corrected, the French not (yet). */
    private long articleWithCorrectedDutchFigure() {
        var versions = new EnumMap<Language, VersionDraft>(Language.class);
        versions.put(Language.NL, version("Brug van 12 miljoen", "De brug kostte 12 miljoen euro."));
        versions.put(Language.FR, version("Un pont de 12 millions", "Le pont a coûté 12 millions d'euros."));
        var saved = editorial.save(new ArticleDraft(null, 0, null, LocalDate.of(2026, 11, 30), versions, null, null));
        var corrected = new EnumMap<>(saved.versions());
        corrected.put(
                Language.NL,
                new VersionDraft(
                        "Brug van 12 miljoen",
                        saved.versions().get(Language.NL).slug(),
                        "",
                        "De brug kostte 14 miljoen euro.",
                        null,
                        null));
        editorial.save(new ArticleDraft(
                saved.articleId(), saved.version(), null, saved.publicationDate(), corrected, null, null));
        return saved.articleId();
    }

    private static VersionDraft version(String title, String body) {
        return new VersionDraft(title, "", "", body, null, null);
    }

    private VersionEditor tab(Language language) {
        $(TabSheet.class).single().setSelectedIndex(language.ordinal());
        return $(VersionEditor.class).all().stream()
                .filter(editor -> editor.language() == language)
                .findFirst()
                .orElseThrow();
    }

    private Div sourceBeside(VersionEditor version, String field) {
        return $(Div.class, version).withClassName("source-text").all().stream()
                .filter(source -> field.equals(source.getElement().getAttribute("data-source-of")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no source text beside " + field));
    }
}
