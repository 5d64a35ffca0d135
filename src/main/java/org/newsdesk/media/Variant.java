package org.newsdesk.media;

import java.util.Arrays;
import java.util.Optional;

/**
 * The scaled versions made of every image at upload: the news card, the card for high-density screens, and the
 * article page. A variant is at most this wide and never wider than the uploaded image.
 */
public enum Variant {
    CARD("card", 480),
    CARD_2X("card-2x", 960),
    ARTICLE("article", 1200);

    private final String fileName;
    private final int maxWidth;

    Variant(String fileName, int maxWidth) {
        this.fileName = fileName;
        this.maxWidth = maxWidth;
    }

    /** Its name in addresses and in the database. */
    public String fileName() {
        return fileName;
    }

    public int maxWidth() {
        return maxWidth;
    }

    public static Optional<Variant> ofFileName(String fileName) {
        return Arrays.stream(values())
                .filter(variant -> variant.fileName.equals(fileName))
                .findFirst();
    }
}
