package org.newsdesk.counting;

import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_LANGUAGE_VIEW_COUNT;
import static org.newsdesk.jooq.Tables.ARTICLE_VIEW_COUNT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.newsdesk.base.Language;

/** Articles of the counting tests' own, so that no other test or visitor changes the counts they assert. */
final class CountingTestArticles {

    private final DSLContext dsl;
    private final List<Long> created = new ArrayList<>();

    CountingTestArticles(DSLContext dsl) {
        this.dsl = dsl;
    }

    long create() {
        var id = dsl.insertInto(ARTICLE, ARTICLE.PUBLICATION_DATE)
                .values(LocalDate.of(2001, 1, 1))
                .returning(ARTICLE.ID)
                .fetchOne(ARTICLE.ID);
        created.add(id);
        return id;
    }

    void delete(long articleId) {
        dsl.deleteFrom(ARTICLE).where(ARTICLE.ID.eq(articleId)).execute();
    }

    /** Deleting an article deletes its stored count too. */
    void deleteAll() {
        dsl.deleteFrom(ARTICLE).where(ARTICLE.ID.in(created)).execute();
        created.clear();
    }

    long storedViews(long articleId, Language language) {
        return dsl.select(ARTICLE_LANGUAGE_VIEW_COUNT.VIEWS)
                .from(ARTICLE_LANGUAGE_VIEW_COUNT)
                .where(ARTICLE_LANGUAGE_VIEW_COUNT.ARTICLE_ID.eq(articleId))
                .and(ARTICLE_LANGUAGE_VIEW_COUNT.LANG.eq(language))
                .fetchOptional(ARTICLE_LANGUAGE_VIEW_COUNT.VIEWS)
                .orElse(0L);
    }

    long storedViews(long articleId) {
        return dsl.select(ARTICLE_VIEW_COUNT.VIEWS)
                .from(ARTICLE_VIEW_COUNT)
                .where(ARTICLE_VIEW_COUNT.ARTICLE_ID.eq(articleId))
                .fetchOptional(ARTICLE_VIEW_COUNT.VIEWS)
                .orElse(0L);
    }
}
