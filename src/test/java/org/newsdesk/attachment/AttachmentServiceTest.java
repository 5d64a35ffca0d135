package org.newsdesk.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.jooq.Tables.ARTICLE_ATTACHMENT;
import static org.newsdesk.jooq.Tables.DOCUMENT;
import static org.newsdesk.jooq.Tables.DOCUMENT_PART;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.newsdesk.article.ArticleService;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.Rejected;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.VersionDraft;
import org.newsdesk.media.TestImages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Uploading, attaching and serving documents against a real MariaDB; every test's rows are rolled back. */
@SpringBootTest
@Transactional
@WithMockUser(username = "eva", roles = "EDITOR")
class AttachmentServiceTest {

    @Autowired
    AttachmentService attachments;

    @Autowired
    UnusedDocumentCleanup cleanup;

    @Autowired
    EditorialService editorial;

    @Autowired
    ArticleService articles;

    @Autowired
    DSLContext dsl;

    @Test
    void aProgramRenamedToPdfIsRefusedAndNothingIsStored() {
        var documents = dsl.fetchCount(DOCUMENT);

        assertThatThrownBy(() -> attachments.upload(TestDocuments.program(), "annual-report.pdf"))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.messageKeys())
                                .containsExactly(Map.entry("file", "attachment.problem.program")));

        assertThat(dsl.fetchCount(DOCUMENT)).isEqualTo(documents);
    }

    @Test
    void anImageIsTheWrongTypeWhateverItIsCalled() {
        assertThatThrownBy(() -> attachments.upload(TestImages.png(40, 20), "figures.csv"))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.messageKeys())
                                .containsExactly(Map.entry("file", "attachment.problem.wrongType")));
    }

    @Test
    void aDocumentOverTwentyFiveMegabytesIsRefusedWithItsLimitAndLeavesNothingBehind() {
        var documents = dsl.fetchCount(DOCUMENT);
        var parts = dsl.fetchCount(DOCUMENT_PART);

        assertThatThrownBy(
                        () -> attachments.upload(TestDocuments.pdf(AttachmentService.MAX_UPLOAD_BYTES + 1), "scan.pdf"))
                .isInstanceOfSatisfying(Rejected.class, rejected -> {
                    var problem = rejected.problems().get("file");
                    assertThat(problem.messageKey()).isEqualTo("attachment.problem.tooLarge");
                    assertThat(problem.arguments()).containsExactly(25);
                });

        assertThat(dsl.fetchCount(DOCUMENT)).isEqualTo(documents);
        assertThat(dsl.fetchCount(DOCUMENT_PART)).isEqualTo(parts);
    }

    @Test
    void aCsvIsAcceptedAttachedWithATitleAndListedOnTheArticlePage() {
        var article = article(PublicationStatus.PUBLISHED);
        var uploaded = attachments.upload(TestDocuments.csv(), "Inspecties per regio.txt");

        var attached = attachments.attach(article, Language.NL, uploaded.documentId(), "  Inspecties per regio ");

        assertThat(uploaded.type()).isEqualTo(DocumentType.CSV);
        assertThat(attached.title()).isEqualTo("Inspecties per regio");
        assertThat(attached.fileName()).isEqualTo("inspecties-per-regio.csv");
        assertThat(attached.sizeBytes()).isEqualTo(TestDocuments.csv().length);
        assertThat(attached.path()).isEqualTo("media/documents/" + uploaded.documentId() + "/inspecties-per-regio.csv");
        var page = articles.preview(article, Language.NL).orElseThrow();
        assertThat(page.attachments()).containsExactly(attached);
        assertThat(attachments.of(article, Language.FR))
                .as("other languages list their own")
                .isEmpty();
    }

    @Test
    void everyAcceptedTypeCanBeUploaded() {
        assertThat(attachments.upload(TestDocuments.pdf(), "a.pdf").type()).isEqualTo(DocumentType.PDF);
        assertThat(attachments.upload(TestDocuments.odt(), "a.odt").type()).isEqualTo(DocumentType.ODT);
        assertThat(attachments.upload(TestDocuments.docx(), "a.docx").type()).isEqualTo(DocumentType.DOCX);
        assertThat(attachments.upload(TestDocuments.xlsx(), "a.xlsx").type()).isEqualTo(DocumentType.XLSX);
    }

    @Test
    void aDocumentNeedsATitleAndAVersionToBeAttachedTo() {
        var article = article(PublicationStatus.DRAFT);
        var uploaded = attachments.upload(TestDocuments.pdf(), "report.pdf");

        assertThatThrownBy(() -> attachments.attach(article, Language.NL, uploaded.documentId(), " "))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.messageKeys())
                                .containsExactly(Map.entry("title", "attachment.problem.titleRequired")));
        assertThatThrownBy(() -> attachments.attach(article, Language.DE, uploaded.documentId(), "Bericht"))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.messageKeys())
                                .containsExactly(Map.entry("file", "attachment.problem.noVersion")));
        assertThat(dsl.fetchCount(ARTICLE_ATTACHMENT, ARTICLE_ATTACHMENT.ARTICLE_ID.eq(article)))
                .isZero();
    }

    @Test
    void visitorsGetOnlyTheDocumentsOfPublishedVersionsAndStaffGetAll() {
        var draft = article(PublicationStatus.DRAFT);
        var published = article(PublicationStatus.PUBLISHED);
        var embargoed = attachments.upload(TestDocuments.pdf(), "embargoed.pdf");
        var public_ = attachments.upload(TestDocuments.pdf(), "public.pdf");
        attachments.attach(draft, Language.NL, embargoed.documentId(), "Rapport");
        attachments.attach(published, Language.NL, public_.documentId(), "Rapport");

        assertThat(attachments.download(embargoed.documentId(), false)).isEmpty();
        assertThat(attachments.download(embargoed.documentId(), true)).isPresent();
        assertThat(attachments.download(public_.documentId(), false))
                .hasValueSatisfying(
                        document -> assertThat(document.onPublicPage()).isTrue());
    }

    @Test
    void aLargeDocumentIsStoredInPartsAndReadBackExactly() {
        var bytes = TestDocuments.pdf(2 * AttachmentRepository.PART_BYTES + 1000);
        var uploaded = attachments.upload(bytes, "large.pdf");

        var stored = attachments.download(uploaded.documentId(), true).orElseThrow();
        var read = new ByteArrayOutputStream();
        for (var part = 0; part < stored.parts(); part++) {
            read.writeBytes(attachments.part(uploaded.documentId(), part));
        }

        assertThat(stored.parts()).isEqualTo(3);
        assertThat(stored.sizeBytes()).isEqualTo(bytes.length);
        assertThat(read.toByteArray()).isEqualTo(bytes);
    }

    @Test
    void documentsNoVersionListsAreDeletedAfterADayAndListedOnesStay() {
        var article = article(PublicationStatus.PUBLISHED);
        var abandoned = attachments.upload(TestDocuments.pdf(), "abandoned.pdf");
        var fresh = attachments.upload(TestDocuments.pdf(), "still-writing.pdf");
        var listed = attachments.upload(TestDocuments.pdf(), "listed.pdf");
        var removed = attachments.upload(TestDocuments.pdf(), "removed.pdf");
        attachments.attach(article, Language.NL, listed.documentId(), "Listed");
        attachments.remove(attachments
                .attach(article, Language.NL, removed.documentId(), "Removed")
                .id());
        var aDayAndAMinuteAgo = Instant.now().minus(UnusedDocumentCleanup.GRACE).minus(Duration.ofMinutes(1));
        dsl.update(DOCUMENT)
                .set(DOCUMENT.UPLOADED_AT, aDayAndAMinuteAgo)
                .where(DOCUMENT.ID.in(abandoned.documentId(), listed.documentId(), removed.documentId()))
                .execute();

        cleanup.deleteUnusedDocuments();

        assertThat(dsl.fetchExists(DOCUMENT, DOCUMENT.ID.eq(abandoned.documentId())))
                .isFalse();
        assertThat(dsl.fetchExists(DOCUMENT, DOCUMENT.ID.eq(removed.documentId())))
                .isFalse();
        assertThat(dsl.fetchExists(DOCUMENT_PART, DOCUMENT_PART.DOCUMENT_ID.eq(removed.documentId())))
                .isFalse();
        assertThat(dsl.fetchExists(DOCUMENT, DOCUMENT.ID.eq(fresh.documentId())))
                .isTrue();
        assertThat(dsl.fetchExists(DOCUMENT, DOCUMENT.ID.eq(listed.documentId())))
                .isTrue();
    }

    @Test
    @WithAnonymousUser
    void onlyStaffUpload() {
        assertThatThrownBy(() -> attachments.upload(TestDocuments.pdf(), "x.pdf"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private long article(PublicationStatus status) {
        var slug = "attachment-test-" + System.nanoTime();
        return editorial
                .save(new ArticleDraft(
                        null,
                        0,
                        null,
                        LocalDate.of(2014, 3, 1),
                        Map.of(Language.NL, new VersionDraft("Bijlagen " + slug, slug, "", "Tekst", status, null)),
                        null,
                        null))
                .savedArticleId();
    }
}
