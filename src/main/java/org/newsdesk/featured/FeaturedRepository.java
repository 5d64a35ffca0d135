package org.newsdesk.featured;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;
import static org.newsdesk.jooq.Tables.FEATURED_ARTICLE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.springframework.stereotype.Repository;

/** The pins of featured news, and the language versions they point at. */
@Repository
class FeaturedRepository {

    private final DSLContext dsl;

    FeaturedRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every pin of a language in the editors' order, ended ones included. */
    List<FeaturedPin> findPins(Language language) {
        return selectPins(FEATURED_ARTICLE.LANG.eq(language));
    }

    Optional<FeaturedPin> findPin(long pinId) {
        return selectPins(FEATURED_ARTICLE.ID.eq(pinId)).stream().findFirst();
    }

    private List<FeaturedPin> selectPins(Condition condition) {
        return dsl.select(
                        FEATURED_ARTICLE.ID,
                        FEATURED_ARTICLE.LANG,
                        FEATURED_ARTICLE.ARTICLE_ID,
                        ARTICLE_TRANSLATION.TITLE,
                        ARTICLE_TRANSLATION.STATUS,
                        FEATURED_ARTICLE.STARTS_AT,
                        FEATURED_ARTICLE.ENDS_AT,
                        FEATURED_ARTICLE.PINNED_BY)
                .from(FEATURED_ARTICLE)
                // A version removed from its article leaves its pin without a title until someone unpins it.
                .leftJoin(ARTICLE_TRANSLATION)
                .on(ARTICLE_TRANSLATION
                        .ARTICLE_ID
                        .eq(FEATURED_ARTICLE.ARTICLE_ID)
                        .and(ARTICLE_TRANSLATION.LANG.eq(FEATURED_ARTICLE.LANG)))
                .where(condition)
                .orderBy(FEATURED_ARTICLE.POSITION, FEATURED_ARTICLE.ID)
                .fetch(FeaturedRepository::pinOf);
    }

    private static FeaturedPin pinOf(Record row) {
        @Nullable String title = row.get(ARTICLE_TRANSLATION.TITLE);
        @Nullable PublicationStatus status = row.get(ARTICLE_TRANSLATION.STATUS);
        return new FeaturedPin(
                row.get(FEATURED_ARTICLE.ID),
                row.get(FEATURED_ARTICLE.LANG),
                row.get(FEATURED_ARTICLE.ARTICLE_ID),
                title == null ? "" : title,
                status == PublicationStatus.PUBLISHED,
                row.get(FEATURED_ARTICLE.STARTS_AT),
                row.get(FEATURED_ARTICLE.ENDS_AT),
                row.get(FEATURED_ARTICLE.PINNED_BY));
    }

    /**
     * The pinned articles on the site now, in the editors' order: in their window, with their version published.
     *
     * @param themeId only the articles of this theme; null for all
     */
    List<Long> findShown(Language language, Instant now, @Nullable Long themeId, int limit) {
        return dsl.select(FEATURED_ARTICLE.ARTICLE_ID)
                .from(FEATURED_ARTICLE)
                .join(ARTICLE_TRANSLATION)
                .on(ARTICLE_TRANSLATION
                        .ARTICLE_ID
                        .eq(FEATURED_ARTICLE.ARTICLE_ID)
                        .and(ARTICLE_TRANSLATION.LANG.eq(FEATURED_ARTICLE.LANG))
                        .and(ARTICLE_TRANSLATION.STATUS.eq(PublicationStatus.PUBLISHED)))
                .join(ARTICLE)
                .on(ARTICLE.ID.eq(FEATURED_ARTICLE.ARTICLE_ID))
                .where(FEATURED_ARTICLE.LANG.eq(language))
                .and(inWindow(now))
                .and(themeId == null ? noCondition() : ARTICLE.THEME_ID.eq(themeId))
                .orderBy(FEATURED_ARTICLE.POSITION, FEATURED_ARTICLE.ID)
                .limit(limit)
                .fetch(FEATURED_ARTICLE.ARTICLE_ID);
    }

    private static Condition inWindow(Instant now) {
        return FEATURED_ARTICLE.STARTS_AT.le(now).and(notEnded(now));
    }

    private static Condition notEnded(Instant now) {
        return FEATURED_ARTICLE.ENDS_AT.isNull().or(FEATURED_ARTICLE.ENDS_AT.gt(now));
    }

    /**
     * How many pins of the language have not ended, other than the one named; locks the language's pins until the
     * transaction ends, so that two editors pinning at once cannot pass the limit together.
     */
    int countNotEnded(Language language, Instant now, @Nullable Long except) {
        dsl.select(FEATURED_ARTICLE.ID)
                .from(FEATURED_ARTICLE)
                .where(FEATURED_ARTICLE.LANG.eq(language))
                .forUpdate()
                .execute();
        return dsl.fetchCount(
                FEATURED_ARTICLE,
                FEATURED_ARTICLE
                        .LANG
                        .eq(language)
                        .and(notEnded(now))
                        .and(except == null ? noCondition() : FEATURED_ARTICLE.ID.ne(except)));
    }

    boolean isPinned(Language language, long articleId) {
        return dsl.fetchExists(
                FEATURED_ARTICLE, FEATURED_ARTICLE.LANG.eq(language).and(FEATURED_ARTICLE.ARTICLE_ID.eq(articleId)));
    }

    Optional<PublicationStatus> versionStatus(long articleId, Language language) {
        return dsl.select(ARTICLE_TRANSLATION.STATUS)
                .from(ARTICLE_TRANSLATION)
                .where(ARTICLE_TRANSLATION.ARTICLE_ID.eq(articleId).and(ARTICLE_TRANSLATION.LANG.eq(language)))
                .fetchOptional(ARTICLE_TRANSLATION.STATUS);
    }

    long insert(
            Language language,
            long articleId,
            Instant startsAt,
            @Nullable Instant endsAt,
            Instant now,
            String pinnedBy) {
        var last = dsl.select(coalesce(max(FEATURED_ARTICLE.POSITION), inline(-1)))
                .from(FEATURED_ARTICLE)
                .where(FEATURED_ARTICLE.LANG.eq(language))
                .fetchSingle()
                .value1();
        return dsl.insertInto(FEATURED_ARTICLE)
                .set(FEATURED_ARTICLE.LANG, language)
                .set(FEATURED_ARTICLE.ARTICLE_ID, articleId)
                .set(FEATURED_ARTICLE.POSITION, last + 1)
                .set(FEATURED_ARTICLE.STARTS_AT, startsAt)
                .set(FEATURED_ARTICLE.ENDS_AT, endsAt)
                .set(FEATURED_ARTICLE.START_ANNOUNCED, !startsAt.isAfter(now))
                .set(FEATURED_ARTICLE.END_ANNOUNCED, endsAt != null && !endsAt.isAfter(now))
                .set(FEATURED_ARTICLE.PINNED_BY, pinnedBy)
                .set(FEATURED_ARTICLE.PINNED_AT, now)
                .returning(FEATURED_ARTICLE.ID)
                .fetchSingle()
                .getId();
    }

    /** A new window; a boundary already passed counts as announced, since this change is announced itself. */
    void updateWindow(long pinId, Instant startsAt, @Nullable Instant endsAt, Instant now) {
        dsl.update(FEATURED_ARTICLE)
                .set(FEATURED_ARTICLE.STARTS_AT, startsAt)
                .set(FEATURED_ARTICLE.ENDS_AT, endsAt)
                .set(FEATURED_ARTICLE.START_ANNOUNCED, !startsAt.isAfter(now))
                .set(FEATURED_ARTICLE.END_ANNOUNCED, endsAt != null && !endsAt.isAfter(now))
                .where(FEATURED_ARTICLE.ID.eq(pinId))
                .execute();
    }

    /** Numbers the language's pins 0, 1, 2 … in the order given. */
    void reorder(List<Long> pinIds) {
        for (var position = 0; position < pinIds.size(); position++) {
            dsl.update(FEATURED_ARTICLE)
                    .set(FEATURED_ARTICLE.POSITION, position)
                    .where(FEATURED_ARTICLE.ID.eq(pinIds.get(position)))
                    .execute();
        }
    }

    void delete(long pinId) {
        dsl.deleteFrom(FEATURED_ARTICLE).where(FEATURED_ARTICLE.ID.eq(pinId)).execute();
    }

    /** Versions of the language that may be pinned and are not yet, newest first, by a part of their title. */
    List<PinCandidate> findCandidates(Language language, String titleText, int limit) {
        return dsl.select(
                        ARTICLE_TRANSLATION.ARTICLE_ID,
                        ARTICLE_TRANSLATION.TITLE,
                        ARTICLE.PUBLICATION_DATE,
                        ARTICLE_TRANSLATION.STATUS)
                .from(ARTICLE_TRANSLATION)
                .join(ARTICLE)
                .on(ARTICLE.ID.eq(ARTICLE_TRANSLATION.ARTICLE_ID))
                .where(ARTICLE_TRANSLATION.LANG.eq(language))
                .and(ARTICLE_TRANSLATION.STATUS.in(PublicationStatus.PUBLISHED, PublicationStatus.SCHEDULED))
                .and(titleText.isBlank() ? noCondition() : ARTICLE_TRANSLATION.TITLE.containsIgnoreCase(titleText))
                .andNotExists(selectOne()
                        .from(FEATURED_ARTICLE)
                        .where(FEATURED_ARTICLE
                                .LANG
                                .eq(language)
                                .and(FEATURED_ARTICLE.ARTICLE_ID.eq(ARTICLE_TRANSLATION.ARTICLE_ID))))
                .orderBy(ARTICLE.PUBLICATION_DATE.desc(), ARTICLE.ID.desc())
                .limit(limit)
                .fetch(row -> new PinCandidate(row.value1(), row.value2(), row.value3(), row.value4()));
    }

    /**
     * Marks every window start and end that has passed as announced.
     *
     * @return how many boundaries this call claimed: one statement each, so that of several instances exactly one
     *     announces a boundary
     */
    int claimPassedBoundaries(Instant now) {
        var started = dsl.update(FEATURED_ARTICLE)
                .set(FEATURED_ARTICLE.START_ANNOUNCED, true)
                .where(FEATURED_ARTICLE.START_ANNOUNCED.isFalse().and(FEATURED_ARTICLE.STARTS_AT.le(now)))
                .execute();
        var ended = dsl.update(FEATURED_ARTICLE)
                .set(FEATURED_ARTICLE.END_ANNOUNCED, true)
                .where(FEATURED_ARTICLE.END_ANNOUNCED.isFalse().and(FEATURED_ARTICLE.ENDS_AT.le(now)))
                .execute();
        return started + ended;
    }
}
