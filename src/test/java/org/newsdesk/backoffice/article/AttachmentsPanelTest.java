package org.newsdesk.backoffice.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.newsdesk.attachment.AttachmentService;
import org.newsdesk.attachment.TestDocuments;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.VersionDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** An editor attaches documents to a saved article's language versions in the editor, and removes them. */
@SpringBootTest
@ViewPackages(packages = "org.newsdesk")
@WithMockUser(username = "eva", roles = "EDITOR")
@Transactional
class AttachmentsPanelTest extends SpringBrowserlessTest {

    @Autowired
    EditorialService editorial;

    @Autowired
    AttachmentService attachments;

    @Test
    void editorUploadsAPdfGivesItATitleInFrenchAndSeesItListed() {
        var articleId = savedArticle();
        navigate(Addresses.articleEditor(articleId), ArticleEditorView.class);

        test(attachmentsUpload()).upload("Rapport annuel.pdf", "application/pdf", TestDocuments.pdf());
        assertThat(uploadedNote()).isEqualTo("Uploaded: rapport-annuel.pdf (PDF, 1 KB). Give it a title and add it.");
        @SuppressWarnings("unchecked")
        var language =
                (Select<Language>) $(Select.class).withLabel("Language version").single();
        test(language).selectItem("Français");
        test($(TextField.class).withLabel("Document name").single()).setValue("Rapport annuel 2025");
        test($(Button.class).withText("Add to the version").single()).click();

        assertThat(attachments.of(articleId, Language.FR))
                .singleElement()
                .satisfies(attachment -> assertThat(attachment.title()).isEqualTo("Rapport annuel 2025"));
        var grid = test($(Grid.class).withClassName("attachments-grid").single());
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Français");
        assertThat(grid.getCellText(0, 2)).isEqualTo("rapport-annuel.pdf · PDF, 1 KB");

        var remove = (Button) grid.getCellComponent(0, 3);
        assertThat(remove.getElement().getAttribute("aria-label")).isEqualTo("Remove “Rapport annuel 2025”");
        test(remove).click();

        assertThat(attachments.of(articleId, Language.FR)).isEmpty();
        assertThat(grid.size()).isZero();
    }

    @Test
    void aRenamedProgramIsRefusedWithAClearMessageAndCannotBeAdded() {
        var articleId = savedArticle();
        navigate(Addresses.articleEditor(articleId), ArticleEditorView.class);

        test(attachmentsUpload()).upload("report.pdf", "application/pdf", TestDocuments.program());

        assertThat(uploadedNote()).isEqualTo("This file is a program, not a document, whatever its name says.");
        assertThat($(Button.class).withText("Add to the version").single().isEnabled())
                .isFalse();
    }

    @Test
    void aNewArticleIsSavedBeforeItGetsDocuments() {
        navigate("admin/articles", ArticleEditorView.class);

        assertThat($(Paragraph.class)
                        .withText("Save the article first to attach documents.")
                        .exists())
                .isTrue();
        assertThat($(Upload.class).all()).as("only the hero image's").hasSize(1);
    }

    private Upload attachmentsUpload() {
        return $(Upload.class).withClassName("attachments-upload").single();
    }

    private String uploadedNote() {
        return $(Span.class).withClassName("attachments-uploaded").single().getText();
    }

    private long savedArticle() {
        var slug = "bijlagen-paneel-" + System.nanoTime();
        var versions = Map.of(
                Language.NL, new VersionDraft("Jaarverslag", slug, "", "Tekst", PublicationStatus.PUBLISHED, null),
                Language.FR, new VersionDraft("Rapport annuel", slug, "", "Texte", PublicationStatus.DRAFT, null));
        return editorial
                .save(new ArticleDraft(null, 0, null, LocalDate.of(2014, 2, 2), versions, null, null))
                .savedArticleId();
    }
}
