package org.newsdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.jooq.Tables.AUDIT_EVENT;
import static org.newsdesk.jooq.Tables.DOCUMENT;
import static org.newsdesk.jooq.Tables.DOCUMENT_PART;
import static org.newsdesk.jooq.Tables.IMAGE;
import static org.newsdesk.jooq.Tables.IMAGE_VARIANT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.newsdesk.attachment.AttachmentService;
import org.newsdesk.attachment.TestDocuments;
import org.newsdesk.base.Rejected;
import org.newsdesk.media.ImageProcessor;
import org.newsdesk.media.MediaService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every hostile file of {@link HostileUploads}, sent through the services against MariaDB with real, committed
 * transactions (no rollback hides a row): refused with its message, and nothing left behind: no image, variant,
 * document, part or audit row, and no temporary file of ImageIO's.
 */
@SpringBootTest
@WithMockUser(username = "eva", roles = "EDITOR")
class HostileUploadsStoreNothingTest {

    @Autowired
    MediaService media;

    @Autowired
    AttachmentService attachments;

    @Autowired
    DSLContext dsl;

    record Hostile(String fileName, Supplier<byte[]> bytes, String messageKey) {}

    private static final List<Hostile> IMAGES = List.of(
            new Hostile("photo.jpg", HostileUploads::elfProgram, "media.program"),
            new Hostile("photo.jpg", HostileUploads::windowsProgram, "media.program"),
            new Hostile("logo.svg", HostileUploads::svgWithScript, "media.svg"),
            new Hostile("banner.gif", HostileUploads::gifJavaScriptPolyglot, "media.notAnImage"),
            new Hostile("photo.jpg", HostileUploads::jpegHtmlPolyglot, "media.activeContent"),
            new Hostile("huge.png", () -> HostileUploads.pngDeclaring(50_000, 50_000), "media.tooManyPixels"),
            new Hostile("photo.jpg", HostileUploads::truncatedJpeg, "media.damaged"),
            new Hostile("big.png", () -> HostileUploads.pngOf(ImageProcessor.MAX_BYTES + 1), "media.tooLarge"));

    private static final List<Hostile> DOCUMENTS = List.of(
            new Hostile("report.pdf", HostileUploads::elfProgram, "attachment.problem.program"),
            new Hostile("figures.csv", HostileUploads::svgWithScript, "attachment.problem.wrongType"),
            new Hostile("report.pdf", HostileUploads::pdfWithHtmlAtTheStart, "attachment.problem.wrongType"),
            new Hostile("report.pdf", HostileUploads::pdfWithJavaScript, "attachment.problem.activeContent"),
            new Hostile("letter.docx", HostileUploads::docxWithMacros, "attachment.problem.macros"),
            new Hostile("letter.docx", HostileUploads::fakeDocx, "attachment.problem.wrongType"),
            new Hostile("letter.docx", () -> HostileUploads.zipBombDocx(50), "attachment.problem.bomb"),
            new Hostile("report.pdf", HostileUploads::truncatedPdf, "attachment.problem.damaged"),
            new Hostile(
                    "scan.pdf",
                    () -> TestDocuments.pdf(AttachmentService.MAX_UPLOAD_BYTES + 1),
                    "attachment.problem.tooLarge"));

    @Test
    void refusedImagesLeaveNoRowAndNoFile() throws IOException {
        var before = snapshot();

        for (var hostile : IMAGES) {
            assertRefused(() -> media.upload(hostile.bytes().get(), hostile.fileName()), "image", hostile);
        }

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void refusedDocumentsLeaveNoRowAndNoFile() throws IOException {
        var before = snapshot();

        for (var hostile : DOCUMENTS) {
            assertRefused(() -> attachments.upload(hostile.bytes().get(), hostile.fileName()), "file", hostile);
        }

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aCmykPressPhotoIsStoredWithItsVariants() {
        var stored = media.upload(HostileUploads.cmykJpeg(1600, 1000, 0, 255, 255, 0), "persfoto-cmyk.jpg");
        try {
            assertThat(dsl.fetchCount(IMAGE_VARIANT, IMAGE_VARIANT.IMAGE_ID.eq(stored.imageId())))
                    .isEqualTo(3);
        } finally {
            media.discardIfUnused(stored.imageId());
        }
    }

    private static void assertRefused(Runnable upload, String field, Hostile hostile) {
        assertThatThrownBy(upload::run)
                .as(hostile.fileName() + " refused with " + hostile.messageKey())
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.messageKeys())
                                .containsExactly(Map.entry(field, hostile.messageKey())));
    }

    /** The rows an upload writes, and ImageIO's cache files (named imageio…tmp) in the temporary directory. */
    private Map<String, Object> snapshot() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return Map.of(
                    "images",
                    dsl.fetchCount(IMAGE),
                    "variants",
                    dsl.fetchCount(IMAGE_VARIANT),
                    "documents",
                    dsl.fetchCount(DOCUMENT),
                    "parts",
                    dsl.fetchCount(DOCUMENT_PART),
                    "upload audit events",
                    dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.in("IMAGE_UPLOADED", "DOCUMENT_UPLOADED")),
                    "ImageIO cache files",
                    files.filter(file -> file.getFileName().toString().startsWith("imageio"))
                            .toList());
        }
    }
}
