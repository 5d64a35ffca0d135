package org.newsdesk.attachment;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Rejected;
import org.newsdesk.base.files.FileSniffer;
import org.newsdesk.base.text.Slugs;

/**
 * An upload that passed the checks: what it is by its content, and the file name it is downloaded under, made from
 * the uploaded name but safe for any header and file system (letters, digits and dashes, and the type's extension).
 */
record CheckedDocument(DocumentType type, String fileName, byte[] bytes) {

    /** 25 MB: a report or a table, not a video. */
    static final int MAX_BYTES = 25 * 1024 * 1024;

    static final int MAX_MEGABYTES = MAX_BYTES / (1024 * 1024);

    /**
     * @param bytes up to one byte more than allowed: enough to refuse what is too large without reading all of it
     * @throws Rejected for the field {@code file}: too large, empty, not one of the accepted types (a program, say), or
     *     one of them that is damaged, a decompression bomb, or carries macros or web page code
     */
    static CheckedDocument check(byte[] bytes, @Nullable String uploadedName) {
        if (bytes.length > MAX_BYTES) {
            throw new Rejected("file", "attachment.problem.tooLarge", MAX_MEGABYTES);
        }
        if (bytes.length == 0) {
            throw new Rejected("file", "attachment.problem.empty");
        }
        var type = DocumentType.of(bytes)
                .orElseThrow(() -> new Rejected(
                        "file",
                        FileSniffer.isProgram(bytes) ? "attachment.problem.program" : "attachment.problem.wrongType"));
        return new CheckedDocument(type, fileName(uploadedName, type), bytes);
    }

    /** "Jaarverslag 2025 (def).PDF" becomes "jaarverslag-2025-def.pdf"; a name with nothing usable, "document.pdf". */
    static String fileName(@Nullable String uploadedName, DocumentType type) {
        var name = uploadedName == null ? "" : uploadedName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        var dot = name.lastIndexOf('.');
        var base = Slugs.fromTitle((dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT));
        if (base.length() > 100) {
            base = base.substring(0, 100).replaceAll("-+$", "");
        }
        return (base.isEmpty() ? "document" : base) + "." + type.extension();
    }
}
