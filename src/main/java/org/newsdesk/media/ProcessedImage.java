package org.newsdesk.media;

import java.util.List;

/**
 * An upload that passed the content check, with its scaled variants.
 *
 * @param original the bytes as uploaded; kept, never served (they may carry the camera's metadata)
 */
public record ProcessedImage(
        ImageFormat format, int width, int height, byte[] original, List<EncodedVariant> variants) {

    public ProcessedImage {
        variants = List.copyOf(variants);
    }
}
