package org.newsdesk.translation;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_LANGUAGE_VIEW_COUNT;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.jooq.tables.ArticleTranslation;
import org.springframework.stereotype.Repository;

/** Reads every article's language versions with their translation standing. */
@Repository
class TranslationOverviewRepository {

    private static final Field<Long> VIEWS =
            coalesce(ARTICLE_LANGUAGE_VIEW_COUNT.VIEWS, inline(0L)).as("views");

    private final DSLContext dsl;

    TranslationOverviewRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<TranslationRow> findPage(Language preferred, TranslationFilter filter, int offset, int limit) {
        var waitingSince = oldestOutdated(filter.language());
        var ids = dsl.select(ARTICLE.ID, waitingSince)
                .from(ARTICLE)
                .where(matching(filter))
                .orderBy(waitingSince.asc().nullsLast(), ARTICLE.PUBLICATION_DATE.desc(), ARTICLE.ID.desc())
                .limit(limit)
                .offset(offset)
                .fetch(ARTICLE.ID);
        var byArticle = new LinkedHashMap<Long, List<Record>>();
        ids.forEach(id -> byArticle.put(id, new ArrayList<>()));
        dsl.select(
                        ARTICLE_TRANSLATION.ARTICLE_ID,
                        ARTICLE_TRANSLATION.LANG,
                        ARTICLE_TRANSLATION.TITLE,
                        ARTICLE_TRANSLATION.STATUS,
                        ARTICLE_TRANSLATION.SOURCE_LANG,
                        ARTICLE_TRANSLATION.OUTDATED_SINCE,
                        ARTICLE.PUBLICATION_DATE,
                        VIEWS)
                .from(ARTICLE_TRANSLATION)
                .join(ARTICLE)
                .on(ARTICLE.ID.eq(ARTICLE_TRANSLATION.ARTICLE_ID))
                .leftJoin(ARTICLE_LANGUAGE_VIEW_COUNT)
                .on(ARTICLE_LANGUAGE_VIEW_COUNT
                        .ARTICLE_ID
                        .eq(ARTICLE_TRANSLATION.ARTICLE_ID)
                        .and(ARTICLE_LANGUAGE_VIEW_COUNT.LANG.eq(ARTICLE_TRANSLATION.LANG)))
                .where(ARTICLE_TRANSLATION.ARTICLE_ID.in(ids))
                .forEach(row -> byArticle
                        .computeIfAbsent(row.get(ARTICLE_TRANSLATION.ARTICLE_ID), id -> new ArrayList<>())
                        .add(row));
        return byArticle.entrySet().stream()
                .filter(article -> !article.getValue().isEmpty())
                .map(article -> rowOf(article.getKey(), article.getValue(), preferred))
                .toList();
    }

    int countMatching(TranslationFilter filter) {
        return dsl.fetchCount(ARTICLE, matching(filter));
    }

    Map<Language, Integer> countOutdatedPublished() {
        var counts = new EnumMap<Language, Integer>(Language.class);
        dsl.select(ARTICLE_TRANSLATION.LANG, count())
                .from(ARTICLE_TRANSLATION)
                .where(ARTICLE_TRANSLATION
                        .OUTDATED_SINCE
                        .isNotNull()
                        .and(ARTICLE_TRANSLATION.STATUS.eq(PublicationStatus.PUBLISHED)))
                .groupBy(ARTICLE_TRANSLATION.LANG)
                .forEach(row -> counts.put(row.value1(), row.value2()));
        return counts;
    }

    /** Since when the article's longest-waiting translation (in the language asked for) is outdated. */
    private static Field<Instant> oldestOutdated(@Nullable Language language) {
        var version = ARTICLE_TRANSLATION.as("waiting_version");
        return select(min(version.OUTDATED_SINCE))
                .from(version)
                .where(version.ARTICLE_ID.eq(ARTICLE.ID).and(inLanguage(version, language)))
                .asField("waiting_since");
    }

    private static Condition matching(TranslationFilter filter) {
        if (filter.state() == null) {
            return noCondition();
        }
        var version = ARTICLE_TRANSLATION.as("matching_version");
        var inArticle = version.ARTICLE_ID.eq(ARTICLE.ID);
        return switch (filter.state()) {
            case MISSING ->
                filter.language() == null
                        ? select(count())
                                .from(version)
                                .where(inArticle)
                                .asField()
                                .lt(Language.values().length)
                        : notExists(selectOne().from(version).where(inArticle.and(version.LANG.eq(filter.language()))));
            case DRAFT -> hasVersion(version, filter, version.STATUS.eq(PublicationStatus.DRAFT));
            case IN_REVIEW -> hasVersion(version, filter, version.STATUS.eq(PublicationStatus.IN_REVIEW));
            case SCHEDULED -> hasVersion(version, filter, version.STATUS.eq(PublicationStatus.SCHEDULED));
            case PUBLISHED -> hasVersion(version, filter, version.STATUS.eq(PublicationStatus.PUBLISHED));
            case OUTDATED -> hasVersion(version, filter, version.OUTDATED_SINCE.isNotNull());
            case UP_TO_DATE ->
                hasVersion(version, filter, version.SOURCE_LANG.isNotNull().and(version.OUTDATED_SINCE.isNull()));
        };
    }

    private static Condition hasVersion(ArticleTranslation version, TranslationFilter filter, Condition state) {
        return exists(selectOne()
                .from(version)
                .where(version.ARTICLE_ID
                        .eq(ARTICLE.ID)
                        .and(inLanguage(version, filter.language()))
                        .and(state)));
    }

    private static Condition inLanguage(ArticleTranslation version, @Nullable Language language) {
        return language == null ? noCondition() : version.LANG.eq(language);
    }

    private static TranslationRow rowOf(long articleId, List<Record> versions, Language preferred) {
        var standings = new EnumMap<Language, VersionStanding>(Language.class);
        for (var language : Language.values()) {
            standings.put(language, VersionStanding.missing(language));
        }
        for (var version : versions) {
            var language = version.get(ARTICLE_TRANSLATION.LANG);
            standings.put(
                    language,
                    new VersionStanding(
                            language,
                            version.get(ARTICLE_TRANSLATION.STATUS),
                            version.get(ARTICLE_TRANSLATION.SOURCE_LANG),
                            version.get(ARTICLE_TRANSLATION.OUTDATED_SINCE),
                            version.get(VIEWS)));
        }
        var titled = Language.preferredOrFirst(versions, version -> version.get(ARTICLE_TRANSLATION.LANG), preferred);
        return new TranslationRow(
                articleId,
                titled.get(ARTICLE_TRANSLATION.TITLE),
                titled.get(ARTICLE_TRANSLATION.LANG),
                titled.get(ARTICLE.PUBLICATION_DATE),
                List.copyOf(standings.values()));
    }
}
