package org.newsdesk.attachment;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.newsdesk.base.Rejected;
import org.newsdesk.base.files.FileSniffer;

/**
 * Tells what an upload is by its content, and refuses what only pretends to be a document: a PDF that is also a web
 * page or runs scripts, a truncated PDF, a ZIP container that is no real office document ({@link OfficeContainer}),
 * text that is markup rather than a table. Reads the bytes as they are, without copies: a 25 MB upload costs 25 MB.
 */
final class DocumentCheck {

    private static final byte[] PDF_HEADER = FileSniffer.ascii("%PDF-").getFirst();
    private static final byte[] PDF_END = FileSniffer.ascii("%%eof").getFirst();
    /** Where readers look for the end marker: within the last kilobyte. */
    private static final int PDF_TAIL = 1024;
    /** PDF actions that run code or programs when the document is opened. */
    private static final List<byte[]> PDF_ACTIONS = FileSniffer.ascii("/javascript", "/launch");

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final int CSV_CHUNK = 64 * 1024;

    private DocumentCheck() {}

    static Optional<DocumentType> typeOf(byte[] bytes) {
        if (startsWith(bytes, PDF_HEADER)) {
            return Optional.of(pdf(bytes));
        }
        if (startsWith(bytes, ZIP)) {
            return OfficeContainer.typeOf(bytes);
        }
        if (FileSniffer.isMarkup(bytes) || !isCsvText(bytes)) {
            return Optional.empty();
        }
        if (FileSniffer.hasActiveContent(bytes)) {
            throw new Rejected("file", "attachment.problem.activeContent");
        }
        return Optional.of(DocumentType.CSV);
    }

    private static DocumentType pdf(byte[] bytes) {
        var tail = Arrays.copyOfRange(bytes, Math.max(0, bytes.length - PDF_TAIL), bytes.length);
        if (!FileSniffer.containsAny(tail, List.of(PDF_END))) {
            throw new Rejected("file", "attachment.problem.damaged");
        }
        if (FileSniffer.hasActiveContent(bytes) || FileSniffer.containsAny(bytes, PDF_ACTIONS)) {
            throw new Rejected("file", "attachment.problem.activeContent");
        }
        return DocumentType.PDF;
    }

    /**
     * Text a spreadsheet program wrote: valid UTF-8 (a byte-order mark allowed), with a separator (comma, semicolon or
     * tab), and no control characters but tabs and line ends. Decoded in chunks, never as one string.
     */
    private static boolean isCsvText(byte[] bytes) {
        if (bytes.length == 0) {
            return false;
        }
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        var out = CharBuffer.allocate(CSV_CHUNK);
        var separator = false;
        while (true) {
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            out.flip();
            while (out.hasRemaining()) {
                var c = out.get();
                separator |= c == ',' || c == ';' || c == '\t';
                if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                    return false;
                }
            }
            out.clear();
            if (result.isUnderflow()) {
                break;
            }
        }
        return separator && !decoder.flush(out).isError();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
