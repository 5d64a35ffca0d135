package org.newsdesk.backoffice.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.newsdesk.HostileUploads;
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

/** An editor who uploads a hostile file sees, in the upload field, why it was refused, in the editor's language. */
@SpringBootTest
@ViewPackages(packages = "org.newsdesk")
@WithMockUser(username = "eva", roles = "EDITOR")
@Transactional
class HostileUploadMessagesTest extends SpringBrowserlessTest {

    @Autowired
    EditorialService editorial;

    @Test
    void aRenamedProgramASvgAndABombAsHeroImageEachSayWhy() {
        navigate("admin/articles", ArticleEditorView.class);

        uploadHero("photo.jpg", "image/jpeg", HostileUploads.elfProgram());
        assertThat(heroProblem())
                .isEqualTo("This file is a program, not an image, whatever its name says. Upload a JPEG, PNG or WebP"
                        + " photo.");

        uploadHero("logo.svg", "image/svg+xml", HostileUploads.svgWithScript());
        assertThat(heroProblem()).startsWith("SVG drawings cannot be used as images: they can carry scripts.");

        uploadHero("huge.png", "image/png", HostileUploads.pngDeclaring(50_000, 50_000));
        assertThat(heroProblem())
                .isEqualTo("The image has too many pixels (at most 12,000 per side and 50 megapixels).");

        assertThat($(Image.class).withClassName("hero-image-preview").all())
                .as("no visible preview")
                .isEmpty();
    }

    @Test
    void aCmykPressPhotoIsAcceptedAsHeroImage() {
        navigate("admin/articles", ArticleEditorView.class);

        uploadHero("persfoto.jpg", "image/jpeg", HostileUploads.cmykJpeg(1200, 800, 0, 255, 255, 0));

        assertThat($(Span.class).withClassName("hero-image-problem").all())
                .as("no visible problem")
                .isEmpty();
        assertThat($(Image.class).withClassName("hero-image-preview").single().getSrc())
                .matches("media/\\d+/card\\.jpg");
    }

    @Test
    void aFrenchEditorIsToldInFrenchThatADocumentCarriesMacros() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(Addresses.articleEditor(savedArticle()), ArticleEditorView.class);

        test(attachmentsUpload()).upload("lettre.docx", "application/octet-stream", HostileUploads.docxWithMacros());

        assertThat(attachmentsNote()).startsWith("Ce document contient des macros ou des contrôles intégrés");
    }

    @Test
    void aZipBombAndAPdfThatRunsJavaScriptAreRefusedWithTheirReasons() {
        navigate(Addresses.articleEditor(savedArticle()), ArticleEditorView.class);

        test(attachmentsUpload()).upload("letter.docx", "application/octet-stream", HostileUploads.zipBombDocx(50));
        assertThat(attachmentsNote()).startsWith("This file unpacks to far more data than its size");

        test(attachmentsUpload()).upload("report.pdf", "application/pdf", HostileUploads.pdfWithJavaScript());
        assertThat(attachmentsNote()).startsWith("This document contains web page code or scripts");
        assertThat($(Button.class).withText("Add to the version").single().isEnabled())
                .isFalse();
    }

    private void uploadHero(String name, String type, byte[] bytes) {
        test($(Upload.class).single()).upload(name, type, bytes);
    }

    private String heroProblem() {
        var problem = $(Span.class).withClassName("hero-image-problem").single();
        assertThat(problem.isVisible()).isTrue();
        return problem.getText();
    }

    private Upload attachmentsUpload() {
        return $(Upload.class).withClassName("attachments-upload").single();
    }

    private String attachmentsNote() {
        return $(Span.class).withClassName("attachments-uploaded").single().getText();
    }

    private long savedArticle() {
        var slug = "vijandige-upload-" + System.nanoTime();
        var versions = Map.of(Language.NL, new VersionDraft("Brief", slug, "", "Tekst", PublicationStatus.DRAFT, null));
        return editorial
                .save(new ArticleDraft(null, 0, null, LocalDate.of(2015, 3, 3), versions, null, null))
                .savedArticleId();
    }
}
