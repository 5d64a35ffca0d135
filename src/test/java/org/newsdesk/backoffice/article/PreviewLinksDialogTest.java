package org.newsdesk.backoffice.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.SignedInEditor;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.VersionDraft;
import org.newsdesk.previewlink.PreviewLink;
import org.newsdesk.previewlink.PreviewLinks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editor's "Preview links…" dialog: making a link shows its address once, the list tells who made each link,
 * until when it opens and how often it was opened, and Revoke closes it. A translator shares only their languages.
 * The article is the test's own, rolled back afterwards.
 */
@SpringBootTest
@ViewPackages(packages = "org.newsdesk")
@Transactional
class PreviewLinksDialogTest extends SpringBrowserlessTest {

    private static final String ADDRESS = "(https?://[^/]+/)?nl/shared-preview/[A-Za-z0-9_-]{43}";

    @Autowired
    EditorialService editorial;

    @Autowired
    PreviewLinks links;

    long articleId;

    @BeforeEach
    void aDraft() {
        articleId = SignedInEditor.during(() -> editorial
                .save(new ArticleDraft(
                        null,
                        0,
                        null,
                        LocalDate.of(2026, 5, 4),
                        Map.of(
                                Language.NL,
                                new VersionDraft(
                                        "Sluis gerenoveerd",
                                        "sluis-gerenoveerd-links",
                                        "",
                                        "De sluis is klaar.",
                                        PublicationStatus.DRAFT,
                                        null),
                                Language.FR,
                                new VersionDraft(
                                        "Écluse rénovée",
                                        "ecluse-renovee-links",
                                        "",
                                        "L’écluse est prête.",
                                        PublicationStatus.DRAFT,
                                        null)),
                        null,
                        null))
                .savedArticleId());
    }

    @Test
    @WithMockUser(username = "eva-links", roles = "EDITOR")
    void anEditorMakesALinkSeesItsAddressOnceAndRevokesIt() {
        openEditor();
        test($(Button.class).withText("Preview links…").single()).click();
        var dialog = $(PreviewLinksDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Preview links: Nederlands version");
        assertThat($(Paragraph.class, dialog).withText("No preview links yet.").all())
                .hasSize(1);
        var days = $(IntegerField.class, dialog).single();
        assertThat(days.getValue()).isEqualTo(7);

        test(days).setValue(3);
        test($(Button.class, dialog).withText("Create link").single()).click();

        var address =
                $(TextField.class, dialog).withClassName("preview-link-address").single();
        assertThat(address.getValue()).matches(ADDRESS);
        assertThat(address.isReadOnly()).isTrue();
        assertThat(address.getHelperText()).isEqualTo("Copy it now: it is shown only this once.");
        var grid = test(grid(dialog));
        assertThat(grid.size()).isEqualTo(1);
        PreviewLink made = grid.getRow(0);
        assertThat(made.createdBy()).isEqualTo("eva-links");
        assertThat(made.expiresAt()).isEqualTo(made.createdAt().plus(Duration.ofDays(3)));
        assertThat(grid.getCellText(0, grid.getColumnPosition("state"))).isEqualTo("Open");
        assertThat(grid.getCellText(0, grid.getColumnPosition("opened"))).isEqualTo("never");

        var token = address.getValue().substring(address.getValue().lastIndexOf('/') + 1);
        assertThat(links.open(Language.NL, token)).isPresent();
        test((Button) grid.getCellComponent(0, "revoke")).click();

        assertThat(links.open(Language.NL, token)).isEmpty();
        assertThat(grid.getCellText(0, grid.getColumnPosition("state"))).startsWith("Revoked ");
        assertThat(grid.getCellText(0, grid.getColumnPosition("opened"))).startsWith("once, last ");
    }

    @Test
    @WithMockUser(username = "eva-links", roles = "EDITOR")
    void anEmptyDayCountIsRefusedNextToTheField() {
        openEditor();
        test($(Button.class).withText("Preview links…").single()).click();
        var dialog = $(PreviewLinksDialog.class).single();
        var days = $(IntegerField.class, dialog).single();

        // The field itself keeps to 1 to 30; the service refuses what the field lets through.
        days.clear();
        test($(Button.class, dialog).withText("Create link").single()).click();

        assertThat(days.isInvalid()).isTrue();
        assertThat(days.getErrorMessage()).isEqualTo("Choose 1 to 30 days.");
        assertThat($(TextField.class, dialog)
                        .withClassName("preview-link-address")
                        .all())
                .isEmpty();
        assertThat(links.of(articleId, Language.NL)).isEmpty();
    }

    @Test
    @WithMockUser(
            username = "tina-links",
            authorities = {"ROLE_TRANSLATOR", "LANGUAGE_fr"})
    void aTranslatorSharesOnlyTheirLanguagesVersions() {
        openEditor();
        assertThat($(Button.class).withText("Preview links…").all())
                .as("the Dutch tab")
                .isEmpty();

        $(TabSheet.class).single().setSelectedIndex(Language.FR.ordinal());
        test($(Button.class).withText("Preview links…").single()).click();

        var dialog = $(PreviewLinksDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Preview links: Français version");
    }

    private void openEditor() {
        navigate(ArticleEditorView.class, Map.of("articleId", String.valueOf(articleId)));
    }

    @SuppressWarnings("unchecked")
    private Grid<PreviewLink> grid(PreviewLinksDialog dialog) {
        return $(Grid.class, dialog).single();
    }
}
