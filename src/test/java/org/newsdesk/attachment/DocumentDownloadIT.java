package org.newsdesk.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.VersionDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;

/** Attached documents as a browser downloads them over HTTP: type, file name, caching, and what stays hidden. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithMockUser(username = "eva", roles = "EDITOR")
class DocumentDownloadIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final byte[] REPORT = TestDocuments.pdf(5000);

    @LocalServerPort
    int port;

    @Autowired
    AttachmentService attachments;

    @Autowired
    EditorialService editorial;

    Attachment report;
    Attachment figures;
    Attachment embargoed;
    List<ArticleDraft> articles;

    @BeforeEach
    void attachDocuments() {
        // Old, so that they head no news grid that other tests of this application look at while they exist.
        var published = article(PublicationStatus.PUBLISHED);
        var draft = article(PublicationStatus.DRAFT);
        articles = List.of(published, draft);
        report = attach(published, REPORT, "Annual report 2025.PDF", "Annual report");
        figures = attach(published, TestDocuments.csv(), "figures.csv", "Figures");
        embargoed = attach(draft, TestDocuments.pdf(), "embargoed.pdf", "Not yet");
    }

    @AfterEach
    void removeArticles() {
        articles.forEach(article -> editorial.delete(article.articleId(), article.version()));
    }

    @Test
    void aDocumentOfAPublishedPageIsADownloadOfItsTypeUnderItsSafeNameCachedLikeImages() throws Exception {
        var response = get("/" + report.path(), null);

        assertThat(report.fileName()).isEqualTo("annual-report-2025.pdf");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().allValues("Content-Disposition"))
                .containsExactly("attachment; filename=\"annual-report-2025.pdf\"");
        assertThat(response.headers().allValues("Cache-Control"))
                .containsExactly("max-age=31536000, public, immutable");
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.headers().firstValue("Content-Length")).hasValue(String.valueOf(REPORT.length));
        assertThat(response.headers().firstValue("ETag")).isPresent();
        assertThat(response.body()).isEqualTo(REPORT);
    }

    @Test
    void aCsvIsServedAsCsv() throws Exception {
        var response = get("/" + figures.path(), null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(response.headers().allValues("Content-Disposition"))
                .containsExactly("attachment; filename=\"figures.csv\"");
    }

    @Test
    void anUnchangedDocumentIsNotSentAgain() throws Exception {
        var etag = get("/" + report.path(), null).headers().firstValue("ETag").orElseThrow();

        var again = get("/" + report.path(), etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void visitorsGetNoDocumentOfAnUnpublishedVersionNorUnderAnotherName() throws Exception {
        assertThat(get("/" + embargoed.path(), null).statusCode()).isEqualTo(404);
        assertThat(get("/media/documents/" + report.documentId() + "/other-name.pdf", null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("/media/documents/999999999/annual-report-2025.pdf", null)
                        .statusCode())
                .isEqualTo(404);
    }

    private ArticleDraft article(PublicationStatus status) {
        var slug = "document-download-" + status.name().toLowerCase() + "-" + System.nanoTime();
        return editorial.save(new ArticleDraft(
                null,
                0,
                null,
                LocalDate.of(2015, 1, 1),
                Map.of(Language.EN, new VersionDraft("Documents " + slug, slug, "", "Body", status, null)),
                null,
                null));
    }

    private Attachment attach(ArticleDraft article, byte[] bytes, String fileName, String title) {
        var uploaded = attachments.upload(bytes, fileName);
        return attachments.attach(article.savedArticleId(), Language.EN, uploaded.documentId(), title);
    }

    private HttpResponse<byte[]> get(String path, @Nullable String ifNoneMatch)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
