package org.newsdesk.search;

import static org.jooq.impl.DSL.noCondition;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;

import java.time.LocalDate;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.base.NewsCursor;
import org.newsdesk.base.PublicationStatus;

/**
 * The conditions of reading published news newest first, shared by the repositories that do it (the grid's and
 * search's), so that a page and its search agree on what comes after a cursor. Only repositories use it
 * (ArchitectureTest): it is part of their SQL.
 */
public final class NewsOrderConditions {

    /**
     * Articles with their language versions, for reading newest first along ix_article_publication_date and
     * stopping after a page. MariaDB tends to start from the versions instead and sort all of them, so the join
     * order is fixed; and it would build a rowid filter from every published version (the schedule index) before
     * reading the first row, which costs more than the page itself, so that index is left out here.
     */
    public static final Table<?> ARTICLES_NEWEST_FIRST = ARTICLE.straightJoin(
                    ARTICLE_TRANSLATION.ignoreIndex("ix_article_translation_schedule"))
            .on(ARTICLE.ID.eq(ARTICLE_TRANSLATION.ARTICLE_ID));

    private NewsOrderConditions() {}

    public static Condition publishedIn(Language language) {
        return ARTICLE_TRANSLATION.LANG.eq(language).and(ARTICLE_TRANSLATION.STATUS.eq(PublicationStatus.PUBLISHED));
    }

    /** @param year null for every year */
    public static Condition inYear(Field<LocalDate> publicationDate, @Nullable Integer year) {
        return year == null
                ? noCondition()
                : publicationDate.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Newest-first keyset paging: what comes after the cursor, if there is one. */
    public static Condition after(
            Field<LocalDate> publicationDate, Field<Long> articleId, @Nullable NewsCursor cursor) {
        if (cursor == null) {
            return noCondition();
        }
        return publicationDate
                .lt(cursor.publicationDate())
                .or(publicationDate.eq(cursor.publicationDate()).and(articleId.lt(cursor.articleId())));
    }
}
