package org.newsdesk.publishing;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.newsdesk.base.Language;

/**
 * An article as the editor holds it: the shared fields and the language versions it has.
 *
 * @param articleId null for an article not saved yet
 * @param version   the optimistic-lock version it was loaded at; a save from an older version is a conflict
 * @param updatedBy who saved it last, if anyone
 * @param heroImage null when the article has none
 */
public record ArticleDraft(Long articleId, int version, Long themeId, LocalDate publicationDate,
                           Map<Language, VersionDraft> versions, String updatedBy, HeroImageDraft heroImage) {

    public ArticleDraft {
        versions = versions.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(versions));
    }

    public static ArticleDraft newArticle(LocalDate today) {
        return new ArticleDraft(null, 0, null, today, Map.of(), null, null);
    }

    Long heroImageId() {
        return heroImage == null ? null : heroImage.imageId();
    }

    public boolean isNew() {
        return articleId == null;
    }
}
