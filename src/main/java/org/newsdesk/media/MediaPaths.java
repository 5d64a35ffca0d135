package org.newsdesk.media;

import org.newsdesk.base.web.Addresses;

/** Where images are served: {@code media/{id}/{variant}.{extension}}, site-relative like the public routes. */
public final class MediaPaths {

    private MediaPaths() {}

    public static String of(long imageId, Variant variant, ImageFormat format) {
        return Addresses.mediaFile(imageId, variant.fileName(), format.extension());
    }
}
