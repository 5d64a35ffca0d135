package org.newsdesk.attachment;

import java.util.Arrays;
import java.util.Optional;

/**
 * The documents an article may carry, recognised by what the bytes are, never by the file's name (see
 * {@link DocumentCheck}): a PDF by its header; ODT, DOCX and XLSX by the ZIP container and the entries their formats
 * require; CSV as UTF-8 text without control characters. Anything else, a program renamed to {@code .pdf} included,
 * is none of them.
 */
public enum DocumentType {
    PDF("application/pdf", "pdf"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv", "csv");

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

    /**
     * What the bytes are, whatever the file is called; empty for anything not accepted.
     *
     * @throws org.newsdesk.base.Rejected for {@code file} when the bytes start as an accepted type but are damaged,
     *     unpack to far more than their size, carry macros or web page code
     */
    static Optional<DocumentType> of(byte[] bytes) {
        return DocumentCheck.typeOf(bytes);
    }
}
