package org.newsdesk.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;

/**
 * One article in the back office list, with the state of each of its language versions.
 *
 * @param title         in the language the editor asked for when the article has it, otherwise in its first
 *                      language
 * @param titleLanguage the language of {@code title}
 * @param versions      in language order
 * @param author        who created the article, null when unknown (content from before accounts were recorded)
 * @param updatedBy     who saved it last, by display name (the username when the account is gone); null when unknown
 */
public record ArticleOverview(
        long articleId,
        String title,
        Language titleLanguage,
        LocalDate publicationDate,
        @Nullable String themeName,
        List<VersionState> versions,
        @Nullable String author,
        Instant updatedAt,
        @Nullable String updatedBy,
        long views) {

    public ArticleOverview {
        versions = List.copyOf(versions);
    }

    public ArticleOverview withViews(long views, List<VersionState> versions) {
        return new ArticleOverview(
                articleId,
                title,
                titleLanguage,
                publicationDate,
                themeName,
                versions,
                author,
                updatedAt,
                updatedBy,
                views);
    }
}
