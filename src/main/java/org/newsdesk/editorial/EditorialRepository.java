package org.newsdesk.editorial;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_REVISION;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;
import static org.newsdesk.jooq.Tables.IMAGE;
import static org.newsdesk.jooq.Tables.IMAGE_ALT_TEXT;
import static org.newsdesk.jooq.Tables.THEME;
import static org.newsdesk.jooq.Tables.USER_ACCOUNT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.springframework.stereotype.Repository;

/** Writes articles as editors save them, and publishes scheduled versions when their time comes. */
@Repository
class EditorialRepository {

    private final DSLContext dsl;

    EditorialRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<ArticleDraft> findDraft(long articleId) {
        return dsl.selectFrom(ARTICLE)
                .where(ARTICLE.ID.eq(articleId))
                .fetchOptional()
                .map(article -> {
                    var versions = new EnumMap<Language, VersionDraft>(Language.class);
                    dsl.selectFrom(ARTICLE_TRANSLATION)
                            .where(ARTICLE_TRANSLATION.ARTICLE_ID.eq(articleId))
                            .forEach(row -> versions.put(
                                    row.getLang(),
                                    new VersionDraft(
                                            row.getTitle(),
                                            row.getSlug(),
                                            row.getTeaser(),
                                            row.getBody(),
                                            row.getStatus(),
                                            row.getPublishAt())));
                    return new ArticleDraft(
                            article.getId(),
                            article.getVersion(),
                            article.getThemeId(),
                            article.getPublicationDate(),
                            versions,
                            article.getUpdatedBy(),
                            article.getHeroImageId() == null ? null : heroImage(article.getHeroImageId()));
                });
    }

    private HeroImageDraft heroImage(long imageId) {
        var altTexts = new EnumMap<Language, String>(Language.class);
        dsl.select(IMAGE_ALT_TEXT.LANG, IMAGE_ALT_TEXT.ALT_TEXT)
                .from(IMAGE_ALT_TEXT)
                .where(IMAGE_ALT_TEXT.IMAGE_ID.eq(imageId))
                .forEach(row -> altTexts.put(row.value1(), row.value2()));
        return new HeroImageDraft(imageId, altTexts);
    }

    /** Replaces the image's alt texts with the given ones. */
    void saveAltTexts(HeroImageDraft heroImage) {
        dsl.deleteFrom(IMAGE_ALT_TEXT)
                .where(IMAGE_ALT_TEXT.IMAGE_ID.eq(heroImage.imageId()))
                .execute();
        heroImage
                .altTexts()
                .forEach((language, text) -> dsl.insertInto(IMAGE_ALT_TEXT)
                        .set(IMAGE_ALT_TEXT.IMAGE_ID, heroImage.imageId())
                        .set(IMAGE_ALT_TEXT.LANG, language)
                        .set(IMAGE_ALT_TEXT.ALT_TEXT, text)
                        .execute());
    }

    boolean imageExists(long imageId) {
        return dsl.fetchExists(IMAGE, IMAGE.ID.eq(imageId));
    }

    long insertArticle(
            @Nullable Long themeId, LocalDate publicationDate, @Nullable Long heroImageId, String editor, Instant now) {
        return dsl.insertInto(ARTICLE)
                .set(ARTICLE.THEME_ID, themeId)
                .set(
                        ARTICLE.CREATED_BY,
                        select(USER_ACCOUNT.ID).from(USER_ACCOUNT).where(USER_ACCOUNT.USERNAME.eq(editor)))
                .set(ARTICLE.PUBLICATION_DATE, publicationDate)
                .set(ARTICLE.HERO_IMAGE_ID, heroImageId)
                .set(ARTICLE.UPDATED_BY, editor)
                .set(ARTICLE.UPDATED_AT, now)
                .returning(ARTICLE.ID)
                .fetchSingle()
                .getId();
    }

    /** @return false when the article is no longer at the expected version: someone else saved it */
    boolean updateArticle(
            long articleId,
            int expectedVersion,
            @Nullable Long themeId,
            LocalDate publicationDate,
            @Nullable Long heroImageId,
            String editor,
            Instant now) {
        return dsl.update(ARTICLE)
                        .set(ARTICLE.THEME_ID, themeId)
                        .set(ARTICLE.PUBLICATION_DATE, publicationDate)
                        .set(ARTICLE.HERO_IMAGE_ID, heroImageId)
                        .set(ARTICLE.UPDATED_BY, editor)
                        .set(ARTICLE.UPDATED_AT, now)
                        .set(ARTICLE.VERSION, ARTICLE.VERSION.plus(1))
                        .where(ARTICLE.ID.eq(articleId).and(ARTICLE.VERSION.eq(expectedVersion)))
                        .execute()
                == 1;
    }

    /** @return false when the article is gone or no longer at the expected version */
    boolean deleteArticle(long articleId, int expectedVersion) {
        return dsl.deleteFrom(ARTICLE)
                        .where(ARTICLE.ID.eq(articleId).and(ARTICLE.VERSION.eq(expectedVersion)))
                        .execute()
                == 1;
    }

    /** The display name of who saved the article last, or their username when the account is gone. */
    Optional<String> lastEditor(long articleId) {
        return lastEditorWhere(ARTICLE.ID.eq(articleId));
    }

    /** Who saved the article last, if that was after the given version; empty while it is still that version. */
    Optional<String> lastEditorAfter(long articleId, int version) {
        return lastEditorWhere(ARTICLE.ID.eq(articleId).and(ARTICLE.VERSION.gt(version)));
    }

    private Optional<String> lastEditorWhere(Condition article) {
        var name = coalesce(USER_ACCOUNT.DISPLAY_NAME, ARTICLE.UPDATED_BY, inline("?"));
        return dsl.select(name)
                .from(ARTICLE)
                .leftJoin(USER_ACCOUNT)
                .on(USER_ACCOUNT.USERNAME.eq(ARTICLE.UPDATED_BY))
                .where(article)
                .fetchOptional(name);
    }

    /**
     * Stores a language version; the first publication keeps its moment, later saves do not move it.
     *
     * @param author who wrote it; null for a save that changes no text of its own (a reviewer's decision)
     */
    void saveVersion(long articleId, Language language, VersionDraft version, @Nullable String author, Instant now) {
        var published = version.status() == PublicationStatus.PUBLISHED;
        var content = new LinkedHashMap<Field<?>, Object>();
        content.put(ARTICLE_TRANSLATION.TITLE, version.title());
        content.put(ARTICLE_TRANSLATION.SLUG, version.slug());
        content.put(ARTICLE_TRANSLATION.TEASER, version.teaser());
        content.put(ARTICLE_TRANSLATION.BODY, version.body());
        content.put(ARTICLE_TRANSLATION.STATUS, version.status());
        content.put(ARTICLE_TRANSLATION.PUBLISH_AT, version.publishAt());
        content.put(ARTICLE_TRANSLATION.UPDATED_AT, now);
        if (author != null) {
            content.put(ARTICLE_TRANSLATION.LAST_AUTHOR, author);
        }
        dsl.insertInto(ARTICLE_TRANSLATION)
                .set(ARTICLE_TRANSLATION.ARTICLE_ID, articleId)
                .set(ARTICLE_TRANSLATION.LANG, language)
                .set(ARTICLE_TRANSLATION.PUBLISHED_AT, published ? now : null)
                .set(content)
                .onDuplicateKeyUpdate()
                .set(content)
                .set(
                        ARTICLE_TRANSLATION.PUBLISHED_AT,
                        published
                                ? coalesce(
                                        ARTICLE_TRANSLATION.PUBLISHED_AT, inline(now, ARTICLE_TRANSLATION.PUBLISHED_AT))
                                : ARTICLE_TRANSLATION.PUBLISHED_AT)
                .set(ARTICLE_TRANSLATION.VERSION, ARTICLE_TRANSLATION.VERSION.plus(1))
                .execute();
    }

    /** @return the new revision's id */
    long insertRevision(long articleId, Language language, VersionDraft version, RevisionKind kind, String editor) {
        return dsl.insertInto(ARTICLE_REVISION)
                .set(ARTICLE_REVISION.ARTICLE_ID, articleId)
                .set(ARTICLE_REVISION.LANG, language)
                .set(ARTICLE_REVISION.TITLE, version.title())
                .set(ARTICLE_REVISION.SLUG, version.slug())
                .set(ARTICLE_REVISION.TEASER, version.teaser())
                .set(ARTICLE_REVISION.BODY, version.body())
                .set(ARTICLE_REVISION.STATUS, version.status())
                .set(ARTICLE_REVISION.PUBLISH_AT, version.publishAt())
                .set(ARTICLE_REVISION.KIND, kind)
                .set(ARTICLE_REVISION.CREATED_BY, editor)
                .returning(ARTICLE_REVISION.ID)
                .fetchSingle()
                .getId();
    }

    /** Newest first; who saved each by display name, like the list (the username when the account is gone). */
    List<Revision> findRevisions(long articleId, Language language) {
        var savedBy = coalesce(USER_ACCOUNT.DISPLAY_NAME, ARTICLE_REVISION.CREATED_BY);
        return dsl.select(ARTICLE_REVISION.asterisk(), savedBy)
                .from(ARTICLE_REVISION)
                .leftJoin(USER_ACCOUNT)
                .on(USER_ACCOUNT.USERNAME.eq(ARTICLE_REVISION.CREATED_BY))
                .where(ARTICLE_REVISION.ARTICLE_ID.eq(articleId).and(ARTICLE_REVISION.LANG.eq(language)))
                .orderBy(ARTICLE_REVISION.ID.desc())
                .fetch(row -> new Revision(
                        row.get(ARTICLE_REVISION.ID),
                        row.get(ARTICLE_REVISION.CREATED_AT),
                        row.get(savedBy),
                        row.get(ARTICLE_REVISION.KIND),
                        new VersionDraft(
                                row.get(ARTICLE_REVISION.TITLE),
                                row.get(ARTICLE_REVISION.SLUG),
                                row.get(ARTICLE_REVISION.TEASER),
                                row.get(ARTICLE_REVISION.BODY),
                                row.get(ARTICLE_REVISION.STATUS),
                                row.get(ARTICLE_REVISION.PUBLISH_AT))));
    }

    /** The latest revision of each language version: who saved it (display name) and when. */
    Map<Language, LastSave> findLastSaves(long articleId) {
        var latest = select(max(ARTICLE_REVISION.ID))
                .from(ARTICLE_REVISION)
                .where(ARTICLE_REVISION.ARTICLE_ID.eq(articleId).and(ARTICLE_REVISION.KIND.eq(RevisionKind.SAVED)))
                .groupBy(ARTICLE_REVISION.LANG);
        var saves = new EnumMap<Language, LastSave>(Language.class);
        dsl.select(
                        ARTICLE_REVISION.LANG,
                        coalesce(USER_ACCOUNT.DISPLAY_NAME, ARTICLE_REVISION.CREATED_BY, inline("?")),
                        ARTICLE_REVISION.CREATED_AT)
                .from(ARTICLE_REVISION)
                .leftJoin(USER_ACCOUNT)
                .on(USER_ACCOUNT.USERNAME.eq(ARTICLE_REVISION.CREATED_BY))
                .where(ARTICLE_REVISION.ID.in(latest))
                .forEach(row -> saves.put(row.value1(), new LastSave(row.value2(), row.value3())));
        return saves;
    }

    /** The username of who last wrote each language version, for the rule that nobody reviews their own text. */
    Map<Language, String> findLastAuthors(long articleId) {
        var authors = new EnumMap<Language, String>(Language.class);
        dsl.select(ARTICLE_TRANSLATION.LANG, ARTICLE_TRANSLATION.LAST_AUTHOR)
                .from(ARTICLE_TRANSLATION)
                .where(ARTICLE_TRANSLATION.ARTICLE_ID.eq(articleId).and(ARTICLE_TRANSLATION.LAST_AUTHOR.isNotNull()))
                .forEach(row -> authors.put(row.value1(), row.value2()));
        return authors;
    }

    /** Who published each version without review that nobody has reviewed since, by username. */
    Map<Language, String> findUnreviewed(long articleId) {
        var unreviewed = new EnumMap<Language, String>(Language.class);
        dsl.select(ARTICLE_TRANSLATION.LANG, ARTICLE_TRANSLATION.UNREVIEWED_BY)
                .from(ARTICLE_TRANSLATION)
                .where(ARTICLE_TRANSLATION.ARTICLE_ID.eq(articleId).and(ARTICLE_TRANSLATION.UNREVIEWED_BY.isNotNull()))
                .forEach(row -> unreviewed.put(row.value1(), row.value2()));
        return unreviewed;
    }

    /** @param by who published it without review; null once someone else reviewed it */
    void markUnreviewed(long articleId, Language language, @Nullable String by) {
        dsl.update(ARTICLE_TRANSLATION)
                .set(ARTICLE_TRANSLATION.UNREVIEWED_BY, by)
                .where(ARTICLE_TRANSLATION.ARTICLE_ID.eq(articleId).and(ARTICLE_TRANSLATION.LANG.eq(language)))
                .execute();
    }

    boolean slugTaken(Language language, String slug, @Nullable Long exceptArticleId) {
        var sameSlug = ARTICLE_TRANSLATION.LANG.eq(language).and(ARTICLE_TRANSLATION.SLUG.eq(slug));
        return dsl.fetchExists(
                ARTICLE_TRANSLATION,
                exceptArticleId == null ? sameSlug : sameSlug.and(ARTICLE_TRANSLATION.ARTICLE_ID.ne(exceptArticleId)));
    }

    /** Whether a version of the article is or was on the public site (archived and taken-down ones were). */
    boolean wasEverPublished(long articleId) {
        return dsl.fetchExists(
                ARTICLE_TRANSLATION,
                ARTICLE_TRANSLATION
                        .ARTICLE_ID
                        .eq(articleId)
                        .and(ARTICLE_TRANSLATION.STATUS.in(
                                PublicationStatus.PUBLISHED,
                                PublicationStatus.WITHDRAWN,
                                PublicationStatus.UNPUBLISHED,
                                PublicationStatus.ARCHIVED)));
    }

    boolean themeExists(long themeId) {
        return dsl.fetchExists(THEME, THEME.ID.eq(themeId));
    }

    /**
     * Publishes every scheduled version whose time has come, in one statement. Each row changes state once,
     * whichever instance gets there first: the others find it published already and change nothing. The rows it
     * changes lose their indexed version, so that {@link #findPublishedUnindexed} finds them for the search index.
     */
    int publishDue(Instant now) {
        return dsl.update(ARTICLE_TRANSLATION)
                .set(ARTICLE_TRANSLATION.STATUS, PublicationStatus.PUBLISHED)
                .set(
                        ARTICLE_TRANSLATION.PUBLISHED_AT,
                        coalesce(ARTICLE_TRANSLATION.PUBLISH_AT, inline(now, ARTICLE_TRANSLATION.PUBLISHED_AT)))
                .set(ARTICLE_TRANSLATION.VERSION, ARTICLE_TRANSLATION.VERSION.plus(1))
                .setNull(ARTICLE_TRANSLATION.SEARCH_INDEXED_VERSION)
                .where(ARTICLE_TRANSLATION
                        .STATUS
                        .eq(PublicationStatus.SCHEDULED)
                        .and(ARTICLE_TRANSLATION.PUBLISH_AT.le(now)))
                .execute();
    }

    /** Scheduled versions published by now whose words are not indexed yet, along ix_article_translation_schedule. */
    List<Long> findPublishedUnindexed(Instant now) {
        return dsl.select(ARTICLE_TRANSLATION.ID)
                .from(ARTICLE_TRANSLATION)
                .where(ARTICLE_TRANSLATION
                        .STATUS
                        .eq(PublicationStatus.PUBLISHED)
                        .and(ARTICLE_TRANSLATION.PUBLISH_AT.le(now))
                        .and(ARTICLE_TRANSLATION.SEARCH_INDEXED_VERSION.isNull()))
                .fetch(ARTICLE_TRANSLATION.ID);
    }
}
