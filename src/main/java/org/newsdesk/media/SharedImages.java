package org.newsdesk.media;

/**
 * Whether a preview link opens a page that shows this image: then whoever holds the link gets it, as staff do,
 * before it is on any public page. Answered by the preview links (previewlink), which media does not know.
 */
public interface SharedImages {

    boolean shows(String token, long imageId);
}
