package org.newsdesk.base.text;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.TextFolding;

/**
 * Readable, stable addresses made from titles: "Énergie : les pays" becomes "energie-les-pays". Letters are folded
 * as search folds them ("Les vœux" → "les-voeux"); what is then not a Latin letter or digit separates words.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 200;
    static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {}

    public static String fromTitle(@Nullable String title) {
        var slug = TextFolding.fold(title == null ? "" : title)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug;
    }

    public static boolean isValid(String slug) {
        return slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }
}
