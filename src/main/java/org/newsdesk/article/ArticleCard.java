package org.newsdesk.article;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.base.NewsCursor;
import org.newsdesk.media.HeroImage;

/**
 * One published article as the news grid and the sidebar show it.
 *
 * @param heroImage its card-size image with the alt text in this language; null when it has none
 * @param updatedAt when its latest correction or update was noted; null when it has none
 */
public record ArticleCard(
        long articleId,
        Language language,
        String slug,
        String title,
        String teaser,
        LocalDate publicationDate,
        @Nullable String themeSlug,
        @Nullable String themeName,
        long views,
        @Nullable HeroImage heroImage,
        @Nullable Instant updatedAt) {

    /** Where this card stands in the news, newest first: the next page starts after it. */
    public NewsCursor position() {
        return new NewsCursor(publicationDate, articleId);
    }

    public ArticleCard withViews(long views) {
        return new ArticleCard(
                articleId,
                language,
                slug,
                title,
                teaser,
                publicationDate,
                themeSlug,
                themeName,
                views,
                heroImage,
                updatedAt);
    }
}
