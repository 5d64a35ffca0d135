package org.newsdesk.base.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Readable, stable addresses made from titles: "Énergie : les pays" becomes "energie-les-pays". */
public final class Slugs {

    public static final int MAX_LENGTH = 200;
    static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {
    }

    public static String fromTitle(String title) {
        var ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replace("ß", "ss")
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        var slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug;
    }

    public static boolean isValid(String slug) {
        return slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }
}
