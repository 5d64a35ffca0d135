package org.newsdesk.article;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a visitor asks of the news grid: free text, a theme and a year, each optional.
 *
 * @param text    the search words as typed; blank means no search
 * @param themeId the theme to keep, or null for every theme
 * @param year    the publication year to keep, or null for every year
 * @param leftOut articles not to list because the page shows them already (the featured news); not used by a search
 */
public record NewsQuery(
        String text, @Nullable Long themeId, @Nullable Integer year, Set<Long> leftOut) {

    public static final int MAX_TEXT_LENGTH = 200;
    public static final NewsQuery EVERYTHING = new NewsQuery("", null, null);

    public NewsQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            text = text.substring(0, MAX_TEXT_LENGTH);
        }
        leftOut = leftOut == null ? Set.of() : Set.copyOf(leftOut);
    }

    public NewsQuery(String text, @Nullable Long themeId, @Nullable Integer year) {
        this(text, themeId, year, Set.of());
    }

    /** The same selection without these articles. */
    public NewsQuery without(Collection<Long> articleIds) {
        return new NewsQuery(text, themeId, year, Set.copyOf(articleIds));
    }

    public static NewsQuery ofTheme(long themeId) {
        return new NewsQuery("", themeId, null);
    }

    public boolean isSearch() {
        return !text.isEmpty();
    }

    public boolean isFiltered() {
        return isSearch() || themeId != null || year != null;
    }

    Optional<Long> theme() {
        return Optional.ofNullable(themeId);
    }

    Optional<Integer> publicationYear() {
        return Optional.ofNullable(year);
    }
}
