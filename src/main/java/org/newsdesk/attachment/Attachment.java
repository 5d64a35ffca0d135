package org.newsdesk.attachment;

import org.newsdesk.base.web.Addresses;

/**
 * A document as one language version lists it.
 *
 * @param title in the version's language
 */
public record Attachment(long id, long documentId, String title, DocumentType type, long sizeBytes, String fileName) {

    /** The site-relative address of its download. */
    public String path() {
        return Addresses.document(documentId, fileName);
    }
}
