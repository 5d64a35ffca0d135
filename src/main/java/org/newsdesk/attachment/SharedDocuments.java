package org.newsdesk.attachment;

/**
 * Whether a preview link opens a page that lists this document: then whoever holds the link gets it, as staff do,
 * before it is on any public page. Answered by the preview links (previewlink), which attachment does not know.
 */
public interface SharedDocuments {

    boolean lists(String token, long documentId);
}
