package org.newsdesk.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.newsdesk.media.TestImages;

/** Documents are known by their content; names only give the download its name. */
class DocumentTypeTest {

    @Test
    void everyAcceptedTypeIsRecognisedByItsContent() {
        assertThat(DocumentType.of(TestDocuments.pdf())).contains(DocumentType.PDF);
        assertThat(DocumentType.of(TestDocuments.odt())).contains(DocumentType.ODT);
        assertThat(DocumentType.of(TestDocuments.docx())).contains(DocumentType.DOCX);
        assertThat(DocumentType.of(TestDocuments.xlsx())).contains(DocumentType.XLSX);
        assertThat(DocumentType.of(TestDocuments.csv())).contains(DocumentType.CSV);
    }

    @Test
    void programsImagesArchivesAndProseAreNoneOfThem() {
        assertThat(DocumentType.of(TestDocuments.program())).isEmpty();
        assertThat(DocumentType.of(TestImages.png(20, 10))).isEmpty();
        assertThat(DocumentType.of(TestDocuments.plainZip())).isEmpty();
        assertThat(DocumentType.of("Just a sentence without separators.".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(DocumentType.of(new byte[] {'a', ';', 0, 'b'}))
                .as("a control character")
                .isEmpty();
    }

    @Test
    void theDownloadIsNamedSafelyAfterTheUploadWithTheExtensionOfItsType() {
        assertThat(CheckedDocument.fileName("C:\\Reports\\Jaarverslag 2025 (définitief).PDF", DocumentType.PDF))
                .isEqualTo("jaarverslag-2025-definitief.pdf");
        assertThat(CheckedDocument.fileName("figures.txt", DocumentType.CSV)).isEqualTo("figures.csv");
        assertThat(CheckedDocument.fileName("\"; evil=1 \r\n.pdf", DocumentType.PDF))
                .isEqualTo("evil-1.pdf");
        assertThat(CheckedDocument.fileName("../../", DocumentType.DOCX)).isEqualTo("document.docx");
        assertThat(CheckedDocument.fileName(null, DocumentType.XLSX)).isEqualTo("document.xlsx");
    }
}
