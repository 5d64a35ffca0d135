package org.newsdesk.site.layout;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** The part of the public site a page belongs to, which the header's navigation marks as current. */
public enum SiteSection {
    NEWS,
    THEMES,
    /** Error pages and anything else outside the two sections. */
    NONE;

    private static final Pattern NEWS_PATH = Pattern.compile("^[a-z]{2}(/|/news/.*)?$");
    private static final Pattern THEMES_PATH = Pattern.compile("^[a-z]{2}/themes(/.*)?$");

    /** @param path site-relative, without a leading slash, such as {@code nl/themes/energie}; null for none */
    public static SiteSection of(@Nullable String path) {
        if (path == null) {
            return NONE;
        }
        if (NEWS_PATH.matcher(path).matches()) {
            return NEWS;
        }
        return THEMES_PATH.matcher(path).matches() ? THEMES : NONE;
    }
}
