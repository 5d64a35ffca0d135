package org.newsdesk.backoffice.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.SignedInEditor;
import org.newsdesk.article.ArticleOverview;
import org.newsdesk.article.ArticleService;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.VersionDraft;
import org.newsdesk.notes.InternalNotes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editor's review actions and notes, and the list's "waiting for my review", with review required: Anna
 * ({@code anna-desk}) writes, Ben ({@code ben-desk}) reviews. The article is the test's own, rolled back afterwards.
 */
@SpringBootTest(properties = "newsdesk.workflow.review-required=true")
@ViewPackages(packages = "org.newsdesk")
@Transactional
class ReviewDeskTest extends SpringBrowserlessTest {

    private static final String ANNA = "anna-desk";
    private static final String TITLE = "Brug hersteld";
    private static final String SLUG = "brug-hersteld-reviewdesk";

    @Autowired
    EditorialService editorial;

    @Autowired
    ArticleService articles;

    @Autowired
    InternalNotes notes;

    long articleId;

    @BeforeEach
    void annaWritesADraft() {
        articleId = asAnna(() -> editorial
                .save(new ArticleDraft(
                        null,
                        0,
                        null,
                        LocalDate.of(2026, 5, 4),
                        Map.of(
                                Language.NL,
                                new VersionDraft(
                                        TITLE, SLUG, "", "De brug is hersteld.", PublicationStatus.DRAFT, null),
                                Language.FR,
                                new VersionDraft(
                                        "Pont réparé",
                                        "pont-repare-reviewdesk",
                                        "",
                                        "Le pont est réparé.",
                                        PublicationStatus.DRAFT,
                                        null)),
                        null,
                        null))
                .savedArticleId());
    }

    @Test
    @WithMockUser(username = ANNA, roles = "EDITOR")
    void theAuthorSubmitsInsteadOfPublishingAndCannotApprove() {
        openEditor();
        assertThat(barActions())
                .containsExactly(
                        "Save draft", "Submit for review", "Submit for a set time…", "Publish without review…");

        click("Submit for review");

        assertThat(stored(Language.NL).status()).isEqualTo(PublicationStatus.IN_REVIEW);
        assertThat(barState()).startsWith("In review");
        assertThat(barActions())
                .as("urgent news may still skip review")
                .containsExactly("Save", "Publish without review…");
    }

    @Test
    @WithMockUser(username = "ben-desk", roles = "EDITOR")
    void anotherEditorSendsBackWithARemarkThatShowsAsANote() {
        submitAsAnna(Language.NL);
        openEditor();
        assertThat(barActions()).containsExactly("Save", "Approve", "Send back…", "Publish without review…");

        click("Send back…");
        var dialog = $(TextDialog.class).single();
        test($(Button.class, dialog).withText("Send back").single()).click();
        var remark = $(TextArea.class, dialog).single();
        assertThat(remark.isInvalid()).isTrue();
        assertThat(remark.getErrorMessage()).isEqualTo("Say what has to change before the version can go live.");
        assertThat(stored(Language.NL).status()).as("nothing changed").isEqualTo(PublicationStatus.IN_REVIEW);

        test(remark).setValue("Wie betaalde de herstelling?");
        test($(Button.class, dialog).withText("Send back").single()).click();

        assertThat(stored(Language.NL).status()).isEqualTo(PublicationStatus.DRAFT);
        assertThat(noteTexts()).containsExactly("Wie betaalde de herstelling?");
        assertThat(noteBadges()).contains("Sent back", "Nederlands");
    }

    @Test
    @WithMockUser(username = "ben-desk", roles = "EDITOR")
    void approvingPublishesTheVersionsInReviewTogether() {
        submitAsAnna(Language.NL);
        submitAsAnna(Language.FR);
        openEditor();

        click("Approve nl, fr");
        var confirmation = openConfirmation().orElseThrow();
        assertThat(confirmation.getElement().getTextRecursively())
                .as("approving takes them live, which the reviewer reads first like any publication")
                .contains("nl/news/" + SLUG);
        assertThat(stored(Language.NL).status()).isEqualTo(PublicationStatus.IN_REVIEW);
        test(confirmation).confirm();

        assertThat(stored(Language.NL).status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(stored(Language.FR).status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(articles.readable(Language.NL, SLUG)).isPresent();
    }

    @Test
    @WithMockUser(username = ANNA, roles = "EDITOR")
    void publishingWithoutReviewAsksForAReasonAndMarksTheVersion() {
        openEditor();
        click("Publish without review…");
        var dialog = $(TextDialog.class).single();
        test($(Button.class, dialog).withText("Publish now").single()).click();
        assertThat($(TextArea.class, dialog).single().getErrorMessage())
                .isEqualTo("Give the reason for publishing without review.");

        test($(TextArea.class, dialog).single()).setValue("Brug vanavond weer open: nu melden");
        test($(Button.class, dialog).withText("Publish now").single()).click();
        test(openConfirmation().orElseThrow()).confirm();

        assertThat(articles.readable(Language.NL, SLUG)).isPresent();
        assertThat(unreviewedMarker()).isPresent();
        assertThat(noteTexts()).containsExactly("Brug vanavond weer open: nu melden");
        assertThat(barActions()).as("not by her own hand").doesNotContain("Mark as reviewed");
        showList(Map.of("q", TITLE));
        assertThat(listedStates()).containsExactly("nl●Publishedpublished without review", "fr○Draft");
    }

    @Test
    @WithMockUser(username = "ben-desk", roles = "EDITOR")
    void someoneElseMarksAVersionPublishedWithoutReviewAsReviewed() {
        asAnna(() -> editorial.saveWithoutReview(inState(Language.NL, PublicationStatus.PUBLISHED), "Dringend"));
        openEditor();
        assertThat(unreviewedMarker()).isPresent();

        click("Mark as reviewed");

        assertThat(unreviewedMarker()).isEmpty();
        assertThat(editorial.reviews(articleId).get(Language.NL).publishedWithoutReview())
                .isFalse();
    }

    @Test
    @WithMockUser(username = "ben-desk", roles = "EDITOR")
    void notesAreAddedNewestFirstAsPlainText() {
        openEditor();
        var panel = $(NotesPanel.class).single();
        assertThat($(Paragraph.class, panel).withText("No notes yet.").exists()).isTrue();

        test($(TextArea.class, panel).withLabel("New note").single()).setValue("Foto van de brug volgt");
        test($(Button.class, panel).withText("Add note").single()).click();
        test($(TextArea.class, panel).withLabel("New note").single()).setValue("<img src=x onerror=alert(1)>");
        @SuppressWarnings("unchecked")
        Select<Language> language = $(Select.class, panel).single();
        test(language).selectItem("Français");
        test($(Button.class, panel).withText("Add note").single()).click();

        assertThat(noteTexts()).containsExactly("<img src=x onerror=alert(1)>", "Foto van de brug volgt");
        var newest = $(Paragraph.class, panel).withClassName("note-text").first();
        assertThat(newest.getElement().getChildren())
                .as("a text node, no markup")
                .singleElement()
                .satisfies(child -> assertThat(child.isTextNode()).isTrue());
        assertThat(newest.getElement().getOuterHTML()).contains("&lt;img");
        assertThat(noteBadges()).contains("Français");

        test($(Button.class, panel).withText("Add note").single()).click();
        assertThat($(TextArea.class, panel).withLabel("New note").single().getErrorMessage())
                .isEqualTo("Write the note first.");
    }

    @Test
    @WithMockUser(username = "ben-desk", roles = "EDITOR")
    void theListFiltersOnWhatWaitsForMyReview() {
        submitAsAnna(Language.NL);
        showList(Map.of("q", TITLE));
        assertThat(stateCounts()).contains("In review 1");

        test($(Checkbox.class).withLabel("Waiting for my review").single()).click();

        assertThat(currentAddress().getParameters()).containsEntry("review", List.of("mine"));
        assertThat($(Checkbox.class).withLabel("Waiting for my review").single().getValue())
                .isTrue();
        assertThat(listedTitles()).contains(TITLE);
    }

    @Test
    @WithMockUser(username = ANNA, roles = "EDITOR")
    void myOwnVersionsDoNotWaitForMyReview() {
        submitAsAnna(Language.NL);
        showList(Map.of("q", TITLE, "review", "mine"));

        assertThat($(Checkbox.class).withLabel("Waiting for my review").single().getValue())
                .isTrue();
        assertThat(listedTitles()).doesNotContain(TITLE);
    }

    @Test
    @WithMockUser(
            username = "tina-desk",
            authorities = {"ROLE_TRANSLATOR", "LANGUAGE_fr"})
    void aTranslatorSubmitsTheirLanguageButHasNothingToApprove() {
        submitAsAnna(Language.NL);
        openEditor();
        $(TabSheet.class).single().setSelectedIndex(Language.FR.ordinal());
        assertThat(barActions()).containsExactly("Save draft", "Submit for review");

        click("Submit for review");

        assertThat(stored(Language.FR).status()).isEqualTo(PublicationStatus.IN_REVIEW);
        $(TabSheet.class).single().setSelectedIndex(Language.NL.ordinal());
        assertThat(barActions()).doesNotContain("Approve", "Send back…");
    }

    private void openEditor() {
        navigate(ArticleEditorView.class, Map.of("articleId", String.valueOf(articleId)));
    }

    private void submitAsAnna(Language language) {
        asAnna(() -> editorial.save(inState(language, PublicationStatus.IN_REVIEW)));
    }

    private ArticleDraft inState(Language language, PublicationStatus status) {
        var article = editorial.load(articleId).orElseThrow();
        var versions = new EnumMap<>(article.versions());
        versions.put(language, versions.get(language).withState(status, null));
        return new ArticleDraft(
                article.articleId(),
                article.version(),
                article.themeId(),
                article.publicationDate(),
                versions,
                article.updatedBy(),
                article.heroImage());
    }

    private static <T> T asAnna(Supplier<T> work) {
        return SignedInEditor.as(ANNA, List.of("ROLE_EDITOR"), work);
    }

    private VersionDraft stored(Language language) {
        return asAnna(() -> editorial.load(articleId).orElseThrow().versions().get(language));
    }

    private List<String> barActions() {
        // The actions, not the links beside the state (notes, preview links).
        return $(Button.class, $(Div.class).withClassName("publishing-actions").single()).all().stream()
                .map(Button::getText)
                .toList();
    }

    private String barState() {
        return $(Span.class, $(PublishingBar.class).single())
                .withClassName("publishing-state")
                .single()
                .getText();
    }

    private Optional<Span> unreviewedMarker() {
        return $(Span.class, $(PublishingBar.class).single()).withClassName("publishing-unreviewed").all().stream()
                .findFirst();
    }

    private List<String> noteTexts() {
        return $(Paragraph.class, $(NotesPanel.class).single()).withClassName("note-text").all().stream()
                .map(Paragraph::getText)
                .toList();
    }

    private List<String> noteBadges() {
        return $(Span.class, $(NotesPanel.class).single()).all().stream()
                .filter(span -> span.getElement().getThemeList().contains("badge"))
                .map(Span::getText)
                .toList();
    }

    private List<String> stateCounts() {
        return $(RouterLink.class, $(StateCounts.class).single()).all().stream()
                .map(RouterLink::getText)
                .toList();
    }

    private void showList(Map<String, String> parameters) {
        UI.getCurrent().navigate(ArticleAdminListView.class, QueryParameters.simple(parameters));
    }

    @SuppressWarnings("unchecked")
    private List<String> listedTitles() {
        var grid = test((Grid<ArticleOverview>) $(Grid.class).single());
        return IntStream.range(0, grid.size())
                .mapToObj(row -> grid.getRow(row).title())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> listedStates() {
        var grid = test((Grid<ArticleOverview>) $(Grid.class).single());
        return grid.getCellComponent(0, 1)
                .getChildren()
                .map(line -> line.getElement().getTextRecursively())
                .toList();
    }

    private QueryParameters currentAddress() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters();
    }

    private void click(String label) {
        test($(Button.class).withText(label).single()).click();
    }

    private Optional<ConfirmDialog> openConfirmation() {
        return $(ConfirmDialog.class).all().stream()
                .filter(ConfirmDialog::isOpened)
                .findFirst();
    }
}
