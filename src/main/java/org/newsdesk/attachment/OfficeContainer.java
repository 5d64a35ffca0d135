package org.newsdesk.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipInputStream;

import org.newsdesk.base.Rejected;

/**
 * An ODT, DOCX or XLSX file, read as the ZIP container it is: every entry is unpacked as a stream into a small buffer
 * (never kept), so that a damaged container, a decompression bomb or a macro is found before anything is stored.
 * A real office document names its type in a first {@code mimetype} entry (ODT) or in its content-types list
 * (DOCX, XLSX), and has its main part.
 */
final class OfficeContainer {

    /** A container with more entries than this is no office document a newsroom attaches. */
    private static final int MAX_ENTRIES = 10_000;
    /** What a 25 MB document may unpack to at most; far beyond any report or table. */
    static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;
    /**
     * How many times its size a container may unpack to. Office XML packs about ten to one, a very repetitive sheet
     * some fifty to one; bombs pack a thousand to one and more.
     */
    static final int MAX_RATIO = 100;
    /** Below this, any ratio is harmless: a tiny document of much white space. */
    private static final long RATIO_FROM_BYTES = 1024 * 1024;

    private static final int MAX_CONTENT_TYPES_BYTES = 256 * 1024;
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String DOCX_MAIN =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String XLSX_MAIN =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private final byte[] bytes;
    private final Set<String> names = new HashSet<>();
    private final byte[] buffer = new byte[8192];
    private long unpacked;
    private String mimetype = "";
    private String contentTypes = "";

    private OfficeContainer(byte[] bytes) {
        this.bytes = bytes;
    }

    static Optional<DocumentType> typeOf(byte[] bytes) {
        var container = new OfficeContainer(bytes);
        if (!container.read()) {
            return Optional.empty();
        }
        return container.type();
    }

    /** @return false when the container has too many entries to be an office document */
    private boolean read() {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            var first = true;
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                var name = entry.getName();
                if (isMacro(name)) {
                    throw new Rejected("file", "attachment.problem.macros");
                }
                if (first && name.equals("mimetype")) {
                    mimetype = new String(unpack(zip, 100), StandardCharsets.US_ASCII);
                } else if (name.equals(CONTENT_TYPES)) {
                    contentTypes = new String(unpack(zip, MAX_CONTENT_TYPES_BYTES), StandardCharsets.UTF_8);
                } else {
                    unpack(zip, 0);
                }
                first = false;
                names.add(name);
                if (names.size() > MAX_ENTRIES) {
                    return false;
                }
            }
        } catch (IOException | IllegalArgumentException damaged) {
            throw new Rejected("file", "attachment.problem.damaged");
        }
        // The stream reads entries until it finds no more: a file cut off between two of them lacks only its end.
        if (!hasEndOfCentralDirectory()) {
            throw new Rejected("file", "attachment.problem.damaged");
        }
        return true;
    }

    private Optional<DocumentType> type() {
        if (!mimetype.isEmpty()) {
            return mimetype.equals(DocumentType.ODT.contentType()) && names.contains("content.xml")
                    ? Optional.of(DocumentType.ODT)
                    : Optional.empty();
        }
        if (contentTypes.toLowerCase(Locale.ROOT).contains("macroenabled")) {
            throw new Rejected("file", "attachment.problem.macros");
        }
        if (names.contains("word/document.xml") && contentTypes.contains(DOCX_MAIN)) {
            return Optional.of(DocumentType.DOCX);
        }
        if (names.contains("xl/workbook.xml") && contentTypes.contains(XLSX_MAIN)) {
            return Optional.of(DocumentType.XLSX);
        }
        return Optional.empty();
    }

    /** Word and Excel keep macros in vbaProject.bin, OpenDocument in Basic/ and Scripts/; ActiveX controls run too. */
    private static boolean isMacro(String name) {
        var lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith("vbaproject.bin")
                || lower.startsWith("basic/")
                || lower.startsWith("scripts/")
                || lower.contains("activex/");
    }

    /**
     * Unpacks the current entry to its end, counting what it unpacks to.
     *
     * @param keep how many of the entry's first bytes to return (the rest is only counted)
     */
    private byte[] unpack(InputStream entry, int keep) throws IOException {
        var kept = new byte[keep];
        var filled = 0;
        for (var read = entry.read(buffer); read >= 0; read = entry.read(buffer)) {
            var copied = Math.min(read, keep - filled);
            System.arraycopy(buffer, 0, kept, filled, copied);
            filled += copied;
            unpacked += read;
            if (unpacked > MAX_UNPACKED_BYTES
                    || (unpacked > RATIO_FROM_BYTES && unpacked > (long) MAX_RATIO * bytes.length)) {
                throw new Rejected("file", "attachment.problem.bomb");
            }
        }
        return filled == keep ? kept : Arrays.copyOf(kept, filled);
    }

    /** The record that closes every ZIP file: its signature within the last 64 KB and 22 bytes. */
    private boolean hasEndOfCentralDirectory() {
        for (var i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }
}
