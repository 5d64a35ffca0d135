package org.newsdesk.notes;

import static org.jooq.impl.DSL.coalesce;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_NOTE;
import static org.newsdesk.jooq.Tables.USER_ACCOUNT;

import java.time.Instant;
import java.util.List;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.springframework.stereotype.Repository;

@Repository
class NoteRepository {

    private final DSLContext dsl;

    NoteRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    boolean articleExists(long articleId) {
        return dsl.fetchExists(ARTICLE, ARTICLE.ID.eq(articleId));
    }

    void insert(long articleId, @Nullable Language language, NoteKind kind, String author, Instant at, String text) {
        dsl.insertInto(ARTICLE_NOTE)
                .set(ARTICLE_NOTE.ARTICLE_ID, articleId)
                .set(ARTICLE_NOTE.LANG, language)
                .set(ARTICLE_NOTE.KIND, kind.name())
                .set(ARTICLE_NOTE.WRITTEN_BY, author)
                .set(ARTICLE_NOTE.WRITTEN_AT, at)
                .set(ARTICLE_NOTE.TEXT, text)
                .execute();
    }

    /**
     * Newest first; the author by display name, like revisions. The name a reviewer outside gave is theirs, even when
     * it happens to be an account's username.
     */
    List<Note> findOf(long articleId) {
        var writtenBy = coalesce(USER_ACCOUNT.DISPLAY_NAME, ARTICLE_NOTE.WRITTEN_BY);
        return dsl.select(
                        ARTICLE_NOTE.ID,
                        ARTICLE_NOTE.LANG,
                        ARTICLE_NOTE.KIND,
                        writtenBy,
                        ARTICLE_NOTE.WRITTEN_AT,
                        ARTICLE_NOTE.TEXT)
                .from(ARTICLE_NOTE)
                .leftJoin(USER_ACCOUNT)
                .on(USER_ACCOUNT
                        .USERNAME
                        .eq(ARTICLE_NOTE.WRITTEN_BY)
                        .and(ARTICLE_NOTE.KIND.ne(NoteKind.OUTSIDE_COMMENT.name())))
                .where(ARTICLE_NOTE.ARTICLE_ID.eq(articleId))
                .orderBy(ARTICLE_NOTE.ID.desc())
                .fetch(row -> new Note(
                        row.value1(),
                        row.value2(),
                        NoteKind.valueOf(row.value3()),
                        row.value4(),
                        row.value5(),
                        row.value6()));
    }
}
