package org.newsdesk.theme;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;
import static org.newsdesk.jooq.Tables.THEME_TRANSLATION;
import static org.newsdesk.jooq.Tables.TIMELINE_ENTRY;
import static org.newsdesk.jooq.Tables.TIMELINE_ENTRY_TEXT;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.springframework.stereotype.Repository;

/** Themes and their yearly action timelines. */
@Repository
class ThemeRepository {

    private final DSLContext dsl;

    ThemeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Theme> findBySlug(Language language, String slug) {
        return dsl.selectFrom(THEME_TRANSLATION)
                .where(THEME_TRANSLATION.LANG.eq(language).and(THEME_TRANSLATION.SLUG.eq(slug)))
                .fetchOptional(row -> themeOf(row, language))
                // The column's collation ignores case and accents, but a page has one exact address.
                .filter(theme -> theme.slug().equals(slug));
    }

    Optional<Theme> findById(Language language, long themeId) {
        return dsl.selectFrom(THEME_TRANSLATION)
                .where(THEME_TRANSLATION.LANG.eq(language).and(THEME_TRANSLATION.THEME_ID.eq(themeId)))
                .fetchOptional(row -> themeOf(row, language));
    }

    List<Theme> findAll(Language language) {
        return dsl.selectFrom(THEME_TRANSLATION)
                .where(THEME_TRANSLATION.LANG.eq(language))
                .orderBy(THEME_TRANSLATION.NAME)
                .fetch(row -> themeOf(row, language));
    }

    /** Every theme named in this language, alphabetically, with its published news and timeline years counted. */
    List<ThemeOverview> findOverviews(Language language) {
        var published = dsl.select(ARTICLE.THEME_ID, count())
                .from(ARTICLE)
                .join(ARTICLE_TRANSLATION)
                .on(ARTICLE_TRANSLATION.ARTICLE_ID.eq(ARTICLE.ID))
                .where(ARTICLE_TRANSLATION.LANG.eq(language))
                .and(ARTICLE_TRANSLATION.STATUS.eq(PublicationStatus.PUBLISHED))
                .and(ARTICLE.THEME_ID.isNotNull())
                .groupBy(ARTICLE.THEME_ID)
                .fetchMap(ARTICLE.THEME_ID, count());
        var years = dsl.select(TIMELINE_ENTRY.THEME_ID, min(TIMELINE_ENTRY.YEAR), max(TIMELINE_ENTRY.YEAR))
                .from(TIMELINE_ENTRY)
                .groupBy(TIMELINE_ENTRY.THEME_ID)
                .fetchMap(TIMELINE_ENTRY.THEME_ID);
        return findAll(language).stream()
                .map(theme -> {
                    var span = years.get(theme.id());
                    return new ThemeOverview(
                            theme,
                            published.getOrDefault(theme.id(), 0),
                            span == null ? null : span.value2().intValue(),
                            span == null ? null : span.value3().intValue());
                })
                .toList();
    }

    Map<Language, String> findSlugs(long themeId) {
        var slugs = new EnumMap<Language, String>(Language.class);
        dsl.select(THEME_TRANSLATION.LANG, THEME_TRANSLATION.SLUG)
                .from(THEME_TRANSLATION)
                .where(THEME_TRANSLATION.THEME_ID.eq(themeId))
                .forEach(row -> slugs.put(row.value1(), row.value2()));
        return slugs;
    }

    /**
     * The timeline's actions for one language, newest year first, each year in editorial order: an action without
     * a text in this language shows the text of the first language it is written in.
     */
    List<TimelineAction> findTimeline(long themeId, Language language) {
        var texts = new HashMap<Long, Map<Language, String>>();
        dsl.select(TIMELINE_ENTRY_TEXT.ENTRY_ID, TIMELINE_ENTRY_TEXT.LANG, TIMELINE_ENTRY_TEXT.TEXT)
                .from(TIMELINE_ENTRY_TEXT)
                .join(TIMELINE_ENTRY)
                .on(TIMELINE_ENTRY.ID.eq(TIMELINE_ENTRY_TEXT.ENTRY_ID))
                .where(TIMELINE_ENTRY.THEME_ID.eq(themeId))
                .forEach(row -> texts.computeIfAbsent(row.value1(), id -> new EnumMap<>(Language.class))
                        .put(row.value2(), row.value3()));
        return dsl
                .select(TIMELINE_ENTRY.ID, TIMELINE_ENTRY.YEAR, TIMELINE_ENTRY.ENTRY_DATE, ARTICLE_TRANSLATION.SLUG)
                .from(TIMELINE_ENTRY)
                .leftJoin(ARTICLE_TRANSLATION)
                .on(ARTICLE_TRANSLATION
                        .ARTICLE_ID
                        .eq(TIMELINE_ENTRY.ARTICLE_ID)
                        .and(ARTICLE_TRANSLATION.LANG.eq(language))
                        .and(ARTICLE_TRANSLATION.STATUS.in(PublicationStatus.readable())))
                .where(TIMELINE_ENTRY.THEME_ID.eq(themeId))
                .orderBy(TIMELINE_ENTRY.YEAR.desc(), TIMELINE_ENTRY.POSITION, TIMELINE_ENTRY.ID)
                .fetch()
                .stream()
                .filter(row -> texts.containsKey(row.value1()))
                .map(row -> {
                    var written = Objects.requireNonNull(texts.get(row.value1()));
                    var shown = Language.preferredOrFirst(written.keySet(), Function.identity(), language);
                    return new TimelineAction(
                            row.value1(),
                            row.value2(),
                            row.value3(),
                            Objects.requireNonNull(written.get(shown)),
                            shown,
                            row.value4());
                })
                .toList();
    }

    private static Theme themeOf(Record row, Language language) {
        return new Theme(
                row.get(THEME_TRANSLATION.THEME_ID),
                language,
                row.get(THEME_TRANSLATION.SLUG),
                row.get(THEME_TRANSLATION.NAME),
                row.get(THEME_TRANSLATION.DESCRIPTION));
    }
}
