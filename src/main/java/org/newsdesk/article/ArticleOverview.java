package org.newsdesk.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.newsdesk.base.Language;

/**
 * One article in the back office list: its languages and the states of its versions.
 *
 * @param statuses  {@link org.newsdesk.base.PublicationStatus} names, and {@link #OVERDUE} for a scheduled
 *                  version whose time has passed without it going live
 * @param author    who created the article, null when unknown (content from before accounts were recorded)
 * @param updatedBy who saved it last, by display name (the username when the account is gone); null when unknown
 */
public record ArticleOverview(
        long articleId,
        String title,
        LocalDate publicationDate,
        String themeName,
        Set<Language> languages,
        Set<String> statuses,
        String author,
        Instant updatedAt,
        String updatedBy,
        long views) {

    public static final String OVERDUE = "OVERDUE";

    public ArticleOverview withViews(long views) {
        return new ArticleOverview(
                articleId, title, publicationDate, themeName, languages, statuses, author, updatedAt, updatedBy, views);
    }
}
