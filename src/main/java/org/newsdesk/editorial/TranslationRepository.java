package org.newsdesk.editorial;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.newsdesk.jooq.Tables.ARTICLE_REVISION;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.springframework.stereotype.Repository;

/** Which language version was translated from which, and since when a translation lags behind its source. */
@Repository
class TranslationRepository {

    private static final org.newsdesk.jooq.tables.ArticleRevision SOURCE_THEN = ARTICLE_REVISION.as("source_then");

    private final DSLContext dsl;

    TranslationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The source language of each language version of the article that has one. */
    Map<Language, Language> findSources(long articleId) {
        var sources = new EnumMap<Language, Language>(Language.class);
        dsl.select(ARTICLE_TRANSLATION.LANG, ARTICLE_TRANSLATION.SOURCE_LANG)
                .from(ARTICLE_TRANSLATION)
                .where(ARTICLE_TRANSLATION.ARTICLE_ID.eq(articleId).and(ARTICLE_TRANSLATION.SOURCE_LANG.isNotNull()))
                .forEach(row -> sources.put(row.value1(), row.value2()));
        return sources;
    }

    /** Each translated language version with its source's text as it was when the translation last matched it. */
    Map<Language, Translation> findTranslations(long articleId) {
        var translations = new EnumMap<Language, Translation>(Language.class);
        dsl.select(
                        ARTICLE_TRANSLATION.LANG,
                        ARTICLE_TRANSLATION.SOURCE_LANG,
                        ARTICLE_TRANSLATION.OUTDATED_SINCE,
                        SOURCE_THEN.ID,
                        SOURCE_THEN.TITLE,
                        SOURCE_THEN.SLUG,
                        SOURCE_THEN.TEASER,
                        SOURCE_THEN.BODY)
                .from(ARTICLE_TRANSLATION)
                .leftJoin(SOURCE_THEN)
                .on(SOURCE_THEN.ID.eq(ARTICLE_TRANSLATION.SOURCE_REVISION_ID))
                .where(ARTICLE_TRANSLATION.ARTICLE_ID.eq(articleId).and(ARTICLE_TRANSLATION.SOURCE_LANG.isNotNull()))
                .forEach(row -> translations.put(
                        row.get(ARTICLE_TRANSLATION.LANG),
                        new Translation(
                                row.get(ARTICLE_TRANSLATION.SOURCE_LANG),
                                row.get(ARTICLE_TRANSLATION.OUTDATED_SINCE),
                                row.get(SOURCE_THEN.ID) == null
                                        ? null
                                        : new VersionDraft(
                                                row.get(SOURCE_THEN.TITLE),
                                                row.get(SOURCE_THEN.SLUG),
                                                row.get(SOURCE_THEN.TEASER),
                                                row.get(SOURCE_THEN.BODY),
                                                PublicationStatus.DRAFT,
                                                null))));
        return translations;
    }

    /**
     * Makes a language version a translation of another one's latest revision, up to date from now on; without a
     * source it becomes an original.
     */
    void follow(long articleId, Language language, @Nullable Language source) {
        dsl.update(ARTICLE_TRANSLATION)
                .set(ARTICLE_TRANSLATION.SOURCE_LANG, source)
                .set(ARTICLE_TRANSLATION.SOURCE_REVISION_ID, source == null ? null : latestRevision(articleId, source))
                .setNull(ARTICLE_TRANSLATION.OUTDATED_SINCE)
                .where(ARTICLE_TRANSLATION.ARTICLE_ID.eq(articleId).and(ARTICLE_TRANSLATION.LANG.eq(language)))
                .execute();
    }

    /** The translations of a changed source are outdated from now on, unless they were already or just updated. */
    void markOutdated(long articleId, Language source, Collection<Language> updatedToo, Instant now) {
        dsl.update(ARTICLE_TRANSLATION)
                .set(
                        ARTICLE_TRANSLATION.OUTDATED_SINCE,
                        coalesce(ARTICLE_TRANSLATION.OUTDATED_SINCE, inline(now, ARTICLE_TRANSLATION.OUTDATED_SINCE)))
                .where(ARTICLE_TRANSLATION
                        .ARTICLE_ID
                        .eq(articleId)
                        .and(ARTICLE_TRANSLATION.SOURCE_LANG.eq(source))
                        .and(ARTICLE_TRANSLATION.LANG.notIn(updatedToo)))
                .execute();
    }

    /** Which source revision the language version followed when a revision of it was kept. */
    void noteSourceOf(long revisionId) {
        var followed = ARTICLE_TRANSLATION.as("followed");
        dsl.update(ARTICLE_REVISION)
                .set(
                        ARTICLE_REVISION.SOURCE_REVISION_ID,
                        select(followed.SOURCE_REVISION_ID)
                                .from(followed)
                                .where(followed.ARTICLE_ID
                                        .eq(ARTICLE_REVISION.ARTICLE_ID)
                                        .and(followed.LANG.eq(ARTICLE_REVISION.LANG))))
                .where(ARTICLE_REVISION.ID.eq(revisionId))
                .execute();
    }

    private Field<Long> latestRevision(long articleId, Language language) {
        return select(max(ARTICLE_REVISION.ID))
                .from(ARTICLE_REVISION)
                .where(ARTICLE_REVISION.ARTICLE_ID.eq(articleId).and(ARTICLE_REVISION.LANG.eq(language)))
                .asField();
    }
}
