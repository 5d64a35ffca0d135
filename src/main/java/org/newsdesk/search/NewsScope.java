package org.newsdesk.search;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Which news a search looks through besides its words.
 *
 * @param themeId the theme to keep, or null for every theme
 * @param year    the publication year to keep, or null for every year
 */
public record NewsScope(@Nullable Long themeId, @Nullable Integer year) {

    Optional<Long> theme() {
        return Optional.ofNullable(themeId);
    }
}
