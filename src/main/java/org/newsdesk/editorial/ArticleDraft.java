package org.newsdesk.editorial;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;

/**
 * An article as the editor holds it: the shared fields and the language versions it has.
 *
 * @param articleId null for an article not saved yet
 * @param version   the optimistic-lock version it was loaded at; a save from an older version is a conflict
 * @param updatedBy who saved it last, if anyone
 * @param heroImage null when the article has none
 */
public record ArticleDraft(
        @Nullable Long articleId,
        int version,
        @Nullable Long themeId,
        LocalDate publicationDate,
        Map<Language, VersionDraft> versions,
        @Nullable String updatedBy,
        @Nullable HeroImageDraft heroImage) {

    public ArticleDraft {
        versions = versions.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(versions));
    }

    public static ArticleDraft newArticle(LocalDate today) {
        return new ArticleDraft(null, 0, null, today, Map.of(), null, null);
    }

    /**
     * This editor's article, to be saved over the version someone else stored meanwhile. Each language takes
     * their current publication state unless this editor changed it after loading: a stale state must never take
     * a version they published off the site, or put one they withdrew back on it.
     *
     * @param loaded the article as this editor loaded it
     */
    public ArticleDraft over(ArticleDraft theirs, ArticleDraft loaded) {
        var versions = new EnumMap<Language, VersionDraft>(Language.class);
        this.versions.forEach((language, mine) -> {
            var before = loaded.versions.getOrDefault(language, VersionDraft.empty());
            var stored = theirs.versions.get(language);
            versions.put(language, stored != null && mine.hasSameStateAs(before) ? mine.withStateOf(stored) : mine);
        });
        return new ArticleDraft(articleId, theirs.version, themeId, publicationDate, versions, updatedBy, heroImage);
    }

    /**
     * This article as if loaded at an earlier version, for text written against that version: a save then meets
     * everything saved since as a conflict, instead of silently writing over it.
     */
    public ArticleDraft basedOn(int earlierVersion) {
        return new ArticleDraft(articleId, earlierVersion, themeId, publicationDate, versions, updatedBy, heroImage);
    }

    /** This article with other language versions, as loaded at the same version. */
    public ArticleDraft withVersions(Map<Language, VersionDraft> otherVersions) {
        return withVersions(otherVersions, version);
    }

    /** This article with other language versions, as loaded at the given version. */
    ArticleDraft withVersions(Map<Language, VersionDraft> otherVersions, int loadedAt) {
        return new ArticleDraft(articleId, loadedAt, themeId, publicationDate, otherVersions, updatedBy, heroImage);
    }

    @Nullable
    Long heroImageId() {

        return heroImage == null ? null : heroImage.imageId();
    }

    /** @throws IllegalStateException for a new article, which has no id until its first save */
    public long savedArticleId() {
        if (articleId == null) {
            throw new IllegalStateException("A new article has no id yet");
        }
        return articleId;
    }

    public boolean isNew() {
        return articleId == null;
    }
}
