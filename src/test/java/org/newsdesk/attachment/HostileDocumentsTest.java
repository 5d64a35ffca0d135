package org.newsdesk.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.HostileUploads;
import org.newsdesk.base.Rejected;

/** Files that only pretend to be documents are refused by their content, each with the message that says why. */
class HostileDocumentsTest {

    static Stream<Arguments> hostileDocuments() {
        return Stream.of(
                Arguments.of("ELF program named report.pdf", HostileUploads.elfProgram(), "attachment.problem.program"),
                Arguments.of(
                        "Windows program named report.pdf",
                        HostileUploads.windowsProgram(),
                        "attachment.problem.program"),
                Arguments.of(
                        "SVG with a script named figures.csv",
                        HostileUploads.svgWithScript(),
                        "attachment.problem.wrongType"),
                Arguments.of(
                        "GIF that is JavaScript",
                        HostileUploads.gifJavaScriptPolyglot(),
                        "attachment.problem.wrongType"),
                Arguments.of(
                        "JPEG that is a web page", HostileUploads.jpegHtmlPolyglot(), "attachment.problem.wrongType"),
                Arguments.of(
                        "web page in front of a PDF",
                        HostileUploads.pdfWithHtmlAtTheStart(),
                        "attachment.problem.wrongType"),
                Arguments.of(
                        "PDF that runs JavaScript",
                        HostileUploads.pdfWithJavaScript(),
                        "attachment.problem.activeContent"),
                Arguments.of("CSV with a script", HostileUploads.csvWithScript(), "attachment.problem.activeContent"),
                Arguments.of("DOCX with a VBA project", HostileUploads.docxWithMacros(), "attachment.problem.macros"),
                Arguments.of("DOCM named .docx", HostileUploads.docmRenamed(), "attachment.problem.macros"),
                Arguments.of(
                        "ZIP with Word's file names only", HostileUploads.fakeDocx(), "attachment.problem.wrongType"),
                Arguments.of(
                        "DOCX unpacking to 50 MB of blanks", HostileUploads.zipBombDocx(50), "attachment.problem.bomb"),
                Arguments.of("truncated PDF", HostileUploads.truncatedPdf(), "attachment.problem.damaged"),
                Arguments.of("truncated DOCX", HostileUploads.truncatedDocx(), "attachment.problem.damaged"),
                Arguments.of(
                        "document over 25 MB",
                        TestDocuments.pdf(CheckedDocument.MAX_BYTES + 1),
                        "attachment.problem.tooLarge"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileDocuments")
    void isRefusedWithItsReason(String what, byte[] bytes, String messageKey) {
        assertThatThrownBy(() -> CheckedDocument.check(bytes, "upload"))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.messageKeys()).containsExactly(Map.entry("file", messageKey)));
    }

    @Test
    void aZipBombIsRefusedAfterUnpackingAFractionOfItIntoASmallBuffer() {
        var bomb = HostileUploads.zipBombDocx(200);
        assertThatThrownBy(() -> CheckedDocument.check(bomb, "bomb.docx")).isInstanceOf(Rejected.class);

        var before = allocatedByThisThread();
        assertThatThrownBy(() -> CheckedDocument.check(bomb, "bomb.docx")).isInstanceOf(Rejected.class);

        assertThat(allocatedByThisThread() - before).isLessThan(2L * 1024 * 1024);
    }

    @Test
    void aLargeTableIsCheckedWithoutCopyingIt() {
        var row = "region;inspections;findings;remarks about the inspection\n".getBytes(StandardCharsets.UTF_8);
        var csv = new byte[20 * 1024 * 1024 / row.length * row.length];
        for (var i = 0; i < csv.length; i += row.length) {
            System.arraycopy(row, 0, csv, i, row.length);
        }
        assertThat(CheckedDocument.check(csv, "table.csv").type()).isEqualTo(DocumentType.CSV);

        var before = allocatedByThisThread();
        CheckedDocument.check(csv, "table.csv");

        assertThat(allocatedByThisThread() - before)
                .as("well under the 20 MB of the table")
                .isLessThan(2L * 1024 * 1024);
    }

    @Test
    void realOfficeDocumentsPdfsAndTablesStillPass() {
        assertThat(CheckedDocument.check(TestDocuments.docx(), "a").type()).isEqualTo(DocumentType.DOCX);
        assertThat(CheckedDocument.check(TestDocuments.xlsx(), "a").type()).isEqualTo(DocumentType.XLSX);
        assertThat(CheckedDocument.check(TestDocuments.odt(), "a").type()).isEqualTo(DocumentType.ODT);
        assertThat(CheckedDocument.check(TestDocuments.pdf(), "a").type()).isEqualTo(DocumentType.PDF);
        assertThat(CheckedDocument.check(TestDocuments.csv(), "a").type()).isEqualTo(DocumentType.CSV);
    }

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
