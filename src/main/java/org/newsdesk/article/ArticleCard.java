package org.newsdesk.article;

import java.time.LocalDate;

import org.newsdesk.base.Language;

/** One published article as the news grid and the sidebar show it. */
public record ArticleCard(
        long articleId,
        Language language,
        String slug,
        String title,
        String teaser,
        LocalDate publicationDate,
        String themeSlug,
        String themeName,
        long views) {

    public ArticleCard withViews(long views) {
        return new ArticleCard(articleId, language, slug, title, teaser, publicationDate, themeSlug, themeName,
                views);
    }
}
