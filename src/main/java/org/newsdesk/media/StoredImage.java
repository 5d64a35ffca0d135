package org.newsdesk.media;

/** An uploaded image as the back office shows it; its variants all have one format. */
public record StoredImage(long imageId, ImageFormat variantFormat) {

    public String path(Variant variant) {
        return MediaPaths.of(imageId, variant, variantFormat);
    }
}
