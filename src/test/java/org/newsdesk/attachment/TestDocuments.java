package org.newsdesk.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small documents of every accepted type, and files that only pretend to be one, made in memory. */
public final class TestDocuments {

    private TestDocuments() {}

    /** A one-page PDF, padded with a comment to the given size at least. */
    public static byte[] pdf(int size) {
        var body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n"
                + "trailer << /Root 1 0 R >>\n";
        var padding = Math.max(0, size - body.length() - 6);
        return (body + "%" + "x".repeat(padding) + "\n%%EOF").getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] pdf() {
        return pdf(1500);
    }

    /** What a Windows program starts with: the "MZ" header, whatever the file is then called. */
    public static byte[] program() {
        var bytes = new byte[4096];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[2] = (byte) 0x90;
        Arrays.fill(bytes, 64, 128, (byte) 0x0E);
        return bytes;
    }

    public static byte[] csv() {
        return "region;inspections;findings\nNorth;120;14\nSouth;98;9\n".getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] docx() {
        return zip(docxEntries(), false);
    }

    /** The parts of a minimal Word document, in order, for tests that add or change one. */
    public static LinkedHashMap<String, String> docxEntries() {
        var entries = new LinkedHashMap<String, String>();
        entries.put("[Content_Types].xml", contentTypes("/word/document.xml", DOCX_MAIN));
        entries.put("_rels/.rels", "<Relationships/>");
        entries.put("word/document.xml", "<w:document/>");
        return entries;
    }

    public static byte[] xlsx() {
        var entries = new LinkedHashMap<String, String>();
        entries.put("[Content_Types].xml", contentTypes("/xl/workbook.xml", XLSX_MAIN));
        entries.put("xl/workbook.xml", "<workbook/>");
        return zip(entries, false);
    }

    public static final String DOCX_MAIN =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    public static final String DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml";
    private static final String XLSX_MAIN =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    /** An OOXML package's list of part types, naming its main part. */
    public static String contentTypes(String mainPart, String mainType) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Override PartName=\"" + mainPart + "\" ContentType=\"" + mainType + "\"/></Types>";
    }

    /** An OpenDocument text: its first entry, stored uncompressed, names the type. */
    public static byte[] odt() {
        var entries = new LinkedHashMap<String, String>();
        entries.put("mimetype", "application/vnd.oasis.opendocument.text");
        entries.put("content.xml", "<office:document-content/>");
        return zip(entries, true);
    }

    /** A ZIP archive that is no office document. */
    public static byte[] plainZip() {
        return zip(Map.of("notes.txt", "hello"), false);
    }

    public static byte[] zip(Map<String, String> entries, boolean firstStored) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            var first = true;
            for (var entry : entries.entrySet()) {
                var bytes = entry.getValue().getBytes(StandardCharsets.UTF_8);
                var zipEntry = new ZipEntry(entry.getKey());
                if (first && firstStored) {
                    var crc = new CRC32();
                    crc.update(bytes);
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(bytes.length);
                    zipEntry.setCrc(crc.getValue());
                }
                first = false;
                zip.putNextEntry(zipEntry);
                zip.write(bytes);
                zip.closeEntry();
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}
