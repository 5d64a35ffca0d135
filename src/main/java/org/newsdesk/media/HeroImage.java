package org.newsdesk.media;

/**
 * An article's hero image as a public page shows it: one variant's size and format, and the alt text in the
 * page's language.
 */
public record HeroImage(long imageId, ImageFormat format, int width, int height, String altText) {

    /** The site-relative address of a variant of this image. */
    public String path(Variant variant) {
        return MediaPaths.of(imageId, variant, format);
    }
}
