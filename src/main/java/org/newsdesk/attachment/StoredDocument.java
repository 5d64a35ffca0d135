package org.newsdesk.attachment;

/**
 * A document as its download is served.
 *
 * @param onPublicPage whether a published version lists it, so that anyone may download and cache it
 */
record StoredDocument(
        long id, DocumentType type, String fileName, long sizeBytes, String sha256, int parts, boolean onPublicPage) {}
