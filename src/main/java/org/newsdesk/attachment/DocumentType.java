package org.newsdesk.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.zip.ZipInputStream;

/**
 * The documents an article may carry, recognised by what the bytes are, never by the file's name: a PDF by its
 * header; ODT, DOCX and XLSX by the ZIP container and the entries their formats require; CSV as UTF-8 text without
 * control characters. Anything else, a program renamed to {@code .pdf} included, is none of them.
 */
public enum DocumentType {
    PDF("application/pdf", "pdf"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv", "csv");

    /** A container with more entries than this is no office document a newsroom attaches. */
    private static final int MAX_ZIP_ENTRIES = 10_000;

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final String contentType;
    private final String extension;

    DocumentType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The extension its downloads are named with, which is also how readers know the type: "pdf". */
    public String extension() {
        return extension;
    }

    static Optional<DocumentType> ofContentType(String contentType) {
        return Arrays.stream(values())
                .filter(type -> type.contentType.equals(contentType))
                .findFirst();
    }

    /** What the bytes are, whatever the file is called; empty for anything not accepted. */
    static Optional<DocumentType> of(byte[] bytes) {
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(bytes, ZIP)) {
            return officeDocument(bytes);
        }
        return isCsvText(bytes) ? Optional.of(CSV) : Optional.empty();
    }

    /**
     * ODT names its type in a first, uncompressed entry {@code mimetype}; DOCX and XLSX have a content-types list and
     * their main part. Only entry names are read (and the few bytes of {@code mimetype}), never whole entries.
     */
    private static Optional<DocumentType> officeDocument(byte[] bytes) {
        var names = new HashSet<String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            var first = true;
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (first && entry.getName().equals("mimetype")) {
                    var mimetype = new String(zip.readNBytes(100), StandardCharsets.US_ASCII);
                    return mimetype.equals(ODT.contentType) ? Optional.of(ODT) : Optional.empty();
                }
                first = false;
                names.add(entry.getName());
                if (names.size() > MAX_ZIP_ENTRIES) {
                    return Optional.empty();
                }
            }
        } catch (IOException | IllegalArgumentException damaged) {
            return Optional.empty();
        }
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(DOCX);
        }
        return names.contains("xl/workbook.xml") ? Optional.of(XLSX) : Optional.empty();
    }

    /**
     * Text a spreadsheet program wrote: valid UTF-8 (a byte-order mark allowed), with a separator (comma, semicolon or
     * tab), and no control characters but tabs and line ends.
     */
    private static boolean isCsvText(byte[] bytes) {
        if (bytes.length == 0) {
            return false;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
        return text.chars().anyMatch(c -> c == ',' || c == ';' || c == '\t')
                && text.chars().allMatch(c -> c == '\t' || c == '\n' || c == '\r' || !Character.isISOControl(c));
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
