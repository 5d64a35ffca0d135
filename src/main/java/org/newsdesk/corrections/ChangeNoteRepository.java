package org.newsdesk.corrections;

import static org.jooq.impl.DSL.coalesce;
import static org.newsdesk.jooq.Tables.ARTICLE_CHANGE_NOTE;
import static org.newsdesk.jooq.Tables.USER_ACCOUNT;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.jooq.DSLContext;
import org.newsdesk.base.Language;
import org.springframework.stereotype.Repository;

@Repository
class ChangeNoteRepository {

    private final DSLContext dsl;

    ChangeNoteRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(long articleId, Language language, ChangeNote note, String editor, Instant at) {
        dsl.insertInto(ARTICLE_CHANGE_NOTE)
                .set(ARTICLE_CHANGE_NOTE.ARTICLE_ID, articleId)
                .set(ARTICLE_CHANGE_NOTE.LANG, language)
                .set(ARTICLE_CHANGE_NOTE.KIND, note.kind().name())
                .set(ARTICLE_CHANGE_NOTE.TEXT, note.text())
                .set(ARTICLE_CHANGE_NOTE.NOTED_BY, editor)
                .set(ARTICLE_CHANGE_NOTE.NOTED_AT, at)
                .execute();
    }

    /** Newest first, each dated on the site's clocks. */
    List<PublicChangeNote> findOf(long articleId, Language language, ZoneId siteZone) {
        return dsl.select(ARTICLE_CHANGE_NOTE.KIND, ARTICLE_CHANGE_NOTE.TEXT, ARTICLE_CHANGE_NOTE.NOTED_AT)
                .from(ARTICLE_CHANGE_NOTE)
                .where(ARTICLE_CHANGE_NOTE.ARTICLE_ID.eq(articleId))
                .and(ARTICLE_CHANGE_NOTE.LANG.eq(language))
                .orderBy(ARTICLE_CHANGE_NOTE.ID.desc())
                .fetch(row -> new PublicChangeNote(
                        ChangeKind.valueOf(row.value1()),
                        row.value2(),
                        row.value3(),
                        row.value3().atZone(siteZone).toLocalDate()));
    }

    /** Every language version's notes with who wrote them (by display name, like revisions), newest first. */
    List<NotedChange> findAllOf(long articleId, ZoneId siteZone) {
        return dsl.select(
                        ARTICLE_CHANGE_NOTE.LANG,
                        coalesce(USER_ACCOUNT.DISPLAY_NAME, ARTICLE_CHANGE_NOTE.NOTED_BY),
                        ARTICLE_CHANGE_NOTE.KIND,
                        ARTICLE_CHANGE_NOTE.TEXT,
                        ARTICLE_CHANGE_NOTE.NOTED_AT)
                .from(ARTICLE_CHANGE_NOTE)
                .leftJoin(USER_ACCOUNT)
                .on(USER_ACCOUNT.USERNAME.eq(ARTICLE_CHANGE_NOTE.NOTED_BY))
                .where(ARTICLE_CHANGE_NOTE.ARTICLE_ID.eq(articleId))
                .orderBy(ARTICLE_CHANGE_NOTE.ID.desc())
                .fetch(row -> new NotedChange(
                        row.value1(),
                        row.value2(),
                        new PublicChangeNote(
                                ChangeKind.valueOf(row.value3()),
                                row.value4(),
                                row.value5(),
                                row.value5().atZone(siteZone).toLocalDate())));
    }
}
