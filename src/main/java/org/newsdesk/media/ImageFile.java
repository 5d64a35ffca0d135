package org.newsdesk.media;

/**
 * One stored variant, as served.
 *
 * @param onPublicPage whether it shows on a published page, so that anyone may see and cache it
 */
record ImageFile(ImageFormat format, byte[] bytes, boolean onPublicPage) {}
