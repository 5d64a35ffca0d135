package org.newsdesk.article;

import java.time.LocalDate;
import java.util.Set;

import org.newsdesk.base.Language;

/** One article in the back office list: its languages and the status of each version. */
public record ArticleOverview(
        long articleId,
        String title,
        LocalDate publicationDate,
        String themeName,
        Set<Language> languages,
        Set<String> statuses,
        long views) {

    public ArticleOverview withViews(long views) {
        return new ArticleOverview(articleId, title, publicationDate, themeName, languages, statuses, views);
    }
}
