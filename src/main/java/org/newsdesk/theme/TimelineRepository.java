package org.newsdesk.theme;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.val;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;
import static org.newsdesk.jooq.Tables.THEME;
import static org.newsdesk.jooq.Tables.TIMELINE_ENTRY;
import static org.newsdesk.jooq.Tables.TIMELINE_ENTRY_TEXT;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.springframework.stereotype.Repository;

/** Writes timeline entries, their texts per language and their order within a year. */
@Repository
class TimelineRepository {

    private final DSLContext dsl;

    TimelineRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every entry of the theme, newest year first, each year in editorial order. */
    List<TimelineEntry> findEntries(long themeId) {
        return find(TIMELINE_ENTRY.THEME_ID.eq(themeId));
    }

    Optional<TimelineEntry> findEntry(long entryId) {
        return find(TIMELINE_ENTRY.ID.eq(entryId)).stream().findFirst();
    }

    private List<TimelineEntry> find(Condition which) {
        var rows = dsl.selectFrom(TIMELINE_ENTRY)
                .where(which)
                .orderBy(TIMELINE_ENTRY.YEAR.desc(), TIMELINE_ENTRY.POSITION, TIMELINE_ENTRY.ID)
                .fetch();
        var entryIds = rows.getValues(TIMELINE_ENTRY.ID);
        var texts = new HashMap<Long, Map<Language, String>>();
        dsl.selectFrom(TIMELINE_ENTRY_TEXT)
                .where(TIMELINE_ENTRY_TEXT.ENTRY_ID.in(entryIds))
                .forEach(text -> texts.computeIfAbsent(text.getEntryId(), id -> new EnumMap<>(Language.class))
                        .put(text.getLang(), text.getText()));
        var titles = new HashMap<Long, Map<Language, String>>();
        dsl.select(ARTICLE_TRANSLATION.ARTICLE_ID, ARTICLE_TRANSLATION.LANG, ARTICLE_TRANSLATION.TITLE)
                .from(ARTICLE_TRANSLATION)
                .where(ARTICLE_TRANSLATION.ARTICLE_ID.in(rows.getValues(TIMELINE_ENTRY.ARTICLE_ID)))
                .forEach(title -> titles.computeIfAbsent(title.value1(), id -> new EnumMap<>(Language.class))
                        .put(title.value2(), title.value3()));
        return rows.map(row -> new TimelineEntry(
                row.getId(),
                row.getVersion(),
                row.getThemeId(),
                row.getYear(),
                row.getEntryDate(),
                texts.getOrDefault(row.getId(), Map.of()),
                row.getArticleId(),
                row.getArticleId() == null ? Map.of() : titles.getOrDefault(row.getArticleId(), Map.of())));
    }

    /**
     * Locks the theme's row until the transaction ends, so that changes to the order of its timeline wait for each
     * other.
     *
     * @return false when the theme does not exist
     */
    boolean lockTheme(long themeId) {
        return dsl.select(THEME.ID)
                .from(THEME)
                .where(THEME.ID.eq(themeId))
                .forUpdate()
                .fetchOptional()
                .isPresent();
    }

    boolean articleExists(long articleId) {
        return dsl.fetchExists(ARTICLE, ARTICLE.ID.eq(articleId));
    }

    /** The position after the last entry of that year. */
    int endOfYear(long themeId, int year) {
        return dsl.select(coalesce(max(TIMELINE_ENTRY.POSITION).plus(1), 0))
                .from(TIMELINE_ENTRY)
                .where(TIMELINE_ENTRY.THEME_ID.eq(themeId).and(TIMELINE_ENTRY.YEAR.eq((short) year)))
                .fetchSingle()
                .value1();
    }

    long insert(TimelineEntryDraft draft, int year, int position) {
        return dsl.insertInto(TIMELINE_ENTRY)
                .set(TIMELINE_ENTRY.THEME_ID, draft.themeId())
                .set(TIMELINE_ENTRY.YEAR, (short) year)
                .set(TIMELINE_ENTRY.ENTRY_DATE, draft.date())
                .set(TIMELINE_ENTRY.POSITION, position)
                .set(TIMELINE_ENTRY.ARTICLE_ID, draft.articleId())
                .returning(TIMELINE_ENTRY.ID)
                .fetchSingle()
                .getId();
    }

    /**
     * @param newPosition null to keep the entry's place
     * @return false when the entry is no longer at the draft's version: someone else changed or deleted it
     */
    boolean update(long entryId, TimelineEntryDraft draft, int year, @Nullable Integer newPosition) {
        return dsl.update(TIMELINE_ENTRY)
                        .set(TIMELINE_ENTRY.YEAR, (short) year)
                        .set(TIMELINE_ENTRY.ENTRY_DATE, draft.date())
                        .set(TIMELINE_ENTRY.ARTICLE_ID, draft.articleId())
                        .set(TIMELINE_ENTRY.POSITION, newPosition == null ? TIMELINE_ENTRY.POSITION : val(newPosition))
                        .set(TIMELINE_ENTRY.VERSION, TIMELINE_ENTRY.VERSION.plus(1))
                        .where(atVersion(entryId, draft.version()))
                        .execute()
                == 1;
    }

    void replaceTexts(long entryId, Map<Language, String> texts) {
        dsl.deleteFrom(TIMELINE_ENTRY_TEXT)
                .where(TIMELINE_ENTRY_TEXT.ENTRY_ID.eq(entryId))
                .execute();
        texts.forEach((language, text) -> dsl.insertInto(TIMELINE_ENTRY_TEXT)
                .set(TIMELINE_ENTRY_TEXT.ENTRY_ID, entryId)
                .set(TIMELINE_ENTRY_TEXT.LANG, language)
                .set(TIMELINE_ENTRY_TEXT.TEXT, text)
                .execute());
    }

    /** The entries of one year of the theme, in their editorial order. */
    List<Long> idsInYear(long themeId, int year) {
        return dsl.select(TIMELINE_ENTRY.ID)
                .from(TIMELINE_ENTRY)
                .where(TIMELINE_ENTRY.THEME_ID.eq(themeId).and(TIMELINE_ENTRY.YEAR.eq((short) year)))
                .orderBy(TIMELINE_ENTRY.POSITION, TIMELINE_ENTRY.ID)
                .fetch(TIMELINE_ENTRY.ID);
    }

    /** Numbers the entries 0, 1, 2, … in the order given. */
    void renumber(List<Long> entryIds) {
        var updates = new ArrayList<Query>();
        for (var position = 0; position < entryIds.size(); position++) {
            updates.add(dsl.update(TIMELINE_ENTRY)
                    .set(TIMELINE_ENTRY.POSITION, position)
                    .where(TIMELINE_ENTRY.ID.eq(entryIds.get(position))));
        }
        dsl.batch(updates).execute();
    }

    /** @return false when the entry is no longer at that version */
    boolean markChanged(long entryId, int expectedVersion) {
        return dsl.update(TIMELINE_ENTRY)
                        .set(TIMELINE_ENTRY.VERSION, TIMELINE_ENTRY.VERSION.plus(1))
                        .where(atVersion(entryId, expectedVersion))
                        .execute()
                == 1;
    }

    /** @return false when the entry is no longer at that version */
    boolean delete(long entryId, int expectedVersion) {
        return dsl.deleteFrom(TIMELINE_ENTRY)
                        .where(atVersion(entryId, expectedVersion))
                        .execute()
                == 1;
    }

    /** Article versions whose title contains the text, newest article first, each article's languages in order. */
    List<LinkableArticle> findLinkable(String titleText, int offset, int limit) {
        return dsl.select(ARTICLE_TRANSLATION.ARTICLE_ID, ARTICLE_TRANSLATION.LANG, ARTICLE_TRANSLATION.TITLE)
                .from(ARTICLE_TRANSLATION)
                .join(ARTICLE)
                .on(ARTICLE.ID.eq(ARTICLE_TRANSLATION.ARTICLE_ID))
                .where(
                        titleText.isBlank()
                                ? noCondition()
                                : ARTICLE_TRANSLATION.TITLE.containsIgnoreCase(titleText.strip()))
                .orderBy(
                        ARTICLE.PUBLICATION_DATE.desc(),
                        ARTICLE.ID.desc(),
                        ARTICLE_TRANSLATION.LANG.sortAsc(Language.values()))
                .offset(offset)
                .limit(limit)
                .fetch(row -> new LinkableArticle(row.value1(), row.value2(), row.value3()));
    }

    private static Condition atVersion(long entryId, int version) {
        return TIMELINE_ENTRY.ID.eq(entryId).and(TIMELINE_ENTRY.VERSION.eq(version));
    }
}
