package org.newsdesk.redirect;

import static org.jooq.impl.DSL.noCondition;
import static org.newsdesk.jooq.Tables.ARTICLE_TAKEDOWN;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;
import static org.newsdesk.jooq.Tables.LEGACY_REDIRECT;
import static org.newsdesk.jooq.Tables.OLD_SLUG;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.springframework.stereotype.Repository;

/** Old slugs of articles and legacy redirects, and the current slugs they lead to. */
@Repository
class RedirectRepository {

    private final DSLContext dsl;

    RedirectRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Makes the slug an old one of the article, taking it over from any article that had it before. */
    void retireSlug(long articleId, Language language, String slug, Instant now) {
        dsl.insertInto(OLD_SLUG)
                .set(OLD_SLUG.LANG, language)
                .set(OLD_SLUG.SLUG, slug)
                .set(OLD_SLUG.ARTICLE_ID, articleId)
                .set(OLD_SLUG.RETIRED_AT, now)
                .onDuplicateKeyUpdate()
                .set(OLD_SLUG.ARTICLE_ID, articleId)
                .set(OLD_SLUG.RETIRED_AT, now)
                .execute();
    }

    /** The article whose current slug this is in this language, published or not. */
    Optional<Long> articleWithSlug(Language language, String slug) {
        return dsl.select(ARTICLE_TRANSLATION.ARTICLE_ID, ARTICLE_TRANSLATION.SLUG)
                .from(ARTICLE_TRANSLATION)
                .where(ARTICLE_TRANSLATION.LANG.eq(language).and(ARTICLE_TRANSLATION.SLUG.eq(slug)))
                .fetchOptional()
                // The column's collation ignores case and accents, but an address is exact.
                .filter(row -> row.value2().equals(slug))
                .map(row -> row.value1());
    }

    /** The version of this article in this language as its unpublishing left it; empty unless it is unpublished. */
    Optional<ArticleAddress.Gone> unpublished(long articleId, Language language) {
        return dsl.select(ARTICLE_TAKEDOWN.REDIRECT_TO)
                .from(ARTICLE_TRANSLATION)
                .leftJoin(ARTICLE_TAKEDOWN)
                .on(ARTICLE_TAKEDOWN
                        .ARTICLE_ID
                        .eq(ARTICLE_TRANSLATION.ARTICLE_ID)
                        .and(ARTICLE_TAKEDOWN.LANG.eq(ARTICLE_TRANSLATION.LANG)))
                .where(ARTICLE_TRANSLATION
                        .ARTICLE_ID
                        .eq(articleId)
                        .and(ARTICLE_TRANSLATION.LANG.eq(language))
                        .and(ARTICLE_TRANSLATION.STATUS.eq(PublicationStatus.UNPUBLISHED)))
                .fetchOptional(row -> {
                    var target = row.value1();
                    return new ArticleAddress.Gone(target == null ? null : RedirectPaths.encoded(target));
                });
    }

    Optional<Long> articleWithOldSlug(Language language, String slug) {
        return dsl.select(OLD_SLUG.ARTICLE_ID, OLD_SLUG.SLUG)
                .from(OLD_SLUG)
                .where(OLD_SLUG.LANG.eq(language).and(OLD_SLUG.SLUG.eq(slug)))
                .fetchOptional()
                .filter(row -> row.value2().equals(slug))
                .map(row -> row.value1());
    }

    /** The article that has, or had, this slug in any language; the most recent use first. */
    Optional<Long> articleWithSlugInAnyLanguage(String slug) {
        var current = dsl
                .select(ARTICLE_TRANSLATION.ARTICLE_ID, ARTICLE_TRANSLATION.SLUG)
                .from(ARTICLE_TRANSLATION)
                .where(ARTICLE_TRANSLATION.SLUG.eq(slug))
                .orderBy(ARTICLE_TRANSLATION.ARTICLE_ID.desc())
                .fetch()
                .stream()
                .filter(row -> row.value2().equals(slug))
                .map(row -> row.value1())
                .findFirst();
        if (current.isPresent()) {
            return current;
        }
        return dsl
                .select(OLD_SLUG.ARTICLE_ID, OLD_SLUG.SLUG)
                .from(OLD_SLUG)
                .where(OLD_SLUG.SLUG.eq(slug))
                .orderBy(OLD_SLUG.RETIRED_AT.desc())
                .fetch()
                .stream()
                .filter(row -> row.value2().equals(slug))
                .map(row -> row.value1())
                .findFirst();
    }

    /** The current slug of one language version, whatever its state. */
    Optional<String> slugOf(long articleId, Language language) {
        return dsl.select(ARTICLE_TRANSLATION.SLUG)
                .from(ARTICLE_TRANSLATION)
                .where(ARTICLE_TRANSLATION.ARTICLE_ID.eq(articleId).and(ARTICLE_TRANSLATION.LANG.eq(language)))
                .fetchOptional(ARTICLE_TRANSLATION.SLUG);
    }

    /** Every legacy redirect with the article version it leads to, if it leads to one; the newest first. */
    List<LegacyRedirect> findLegacy() {
        return findLegacyWhere(noCondition());
    }

    Optional<LegacyRedirect> findLegacy(long id) {
        return findLegacyWhere(LEGACY_REDIRECT.ID.eq(id)).stream().findFirst();
    }

    private List<LegacyRedirect> findLegacyWhere(Condition which) {
        return dsl.select(
                        LEGACY_REDIRECT.ID,
                        LEGACY_REDIRECT.PATH,
                        LEGACY_REDIRECT.ARTICLE_ID,
                        LEGACY_REDIRECT.LANG,
                        LEGACY_REDIRECT.TARGET_PATH,
                        ARTICLE_TRANSLATION.SLUG,
                        ARTICLE_TRANSLATION.TITLE,
                        LEGACY_REDIRECT.HITS,
                        LEGACY_REDIRECT.LAST_HIT_AT,
                        LEGACY_REDIRECT.CREATED_BY,
                        LEGACY_REDIRECT.CREATED_AT)
                .from(LEGACY_REDIRECT)
                .leftJoin(ARTICLE_TRANSLATION)
                .on(ARTICLE_TRANSLATION
                        .ARTICLE_ID
                        .eq(LEGACY_REDIRECT.ARTICLE_ID)
                        .and(ARTICLE_TRANSLATION.LANG.eq(LEGACY_REDIRECT.LANG)))
                .where(which)
                .orderBy(LEGACY_REDIRECT.ID.desc())
                .fetch(row -> new LegacyRedirect(
                        row.value1(),
                        row.value2(),
                        row.value3() == null || row.value6() == null
                                ? null
                                : new LegacyRedirect.ArticleTarget(
                                        row.value3(), row.value4(), row.value6(), row.value7()),
                        row.value5(),
                        row.value8(),
                        row.value9(),
                        row.value10(),
                        row.value11()));
    }

    boolean legacyExists(String path) {
        return dsl.fetchExists(LEGACY_REDIRECT, LEGACY_REDIRECT.PATH.eq(path));
    }

    long insertLegacy(
            String path,
            @Nullable Long articleId,
            @Nullable Language language,
            @Nullable String targetPath,
            String editor,
            Instant now) {
        return dsl.insertInto(LEGACY_REDIRECT)
                .set(LEGACY_REDIRECT.PATH, path)
                .set(LEGACY_REDIRECT.ARTICLE_ID, articleId)
                .set(LEGACY_REDIRECT.LANG, language)
                .set(LEGACY_REDIRECT.TARGET_PATH, targetPath)
                .set(LEGACY_REDIRECT.CREATED_BY, editor)
                .set(LEGACY_REDIRECT.CREATED_AT, now)
                .returning(LEGACY_REDIRECT.ID)
                .fetchSingle()
                .getId();
    }

    boolean deleteLegacy(long id) {
        return dsl.deleteFrom(LEGACY_REDIRECT).where(LEGACY_REDIRECT.ID.eq(id)).execute() == 1;
    }

    /** Adds counted uses, in the order of the ids given, so that instances flushing at once lock rows alike. */
    void addHits(Map<Long, Long> hitsById, Instant now) {
        dsl.batch(hitsById.entrySet().stream()
                        .map(hits -> dsl.update(LEGACY_REDIRECT)
                                .set(LEGACY_REDIRECT.HITS, LEGACY_REDIRECT.HITS.plus(hits.getValue()))
                                .set(LEGACY_REDIRECT.LAST_HIT_AT, now)
                                .where(LEGACY_REDIRECT.ID.eq(hits.getKey())))
                        .toList())
                .execute();
    }
}
