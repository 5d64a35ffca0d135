package org.newsdesk.attachment;

/** A document stored at upload, not yet attached to any version. */
public record UploadedDocument(long documentId, DocumentType type, long sizeBytes, String fileName) {}
