package org.newsdesk.previewlink;

import static org.jooq.impl.DSL.coalesce;
import static org.newsdesk.jooq.Tables.PREVIEW_LINK;
import static org.newsdesk.jooq.Tables.USER_ACCOUNT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.newsdesk.base.Language;
import org.springframework.stereotype.Repository;

@Repository
class PreviewLinkRepository {

    private final DSLContext dsl;

    PreviewLinkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(long articleId, Language language, String tokenHash, String createdBy, Instant at, Instant expiresAt) {
        return dsl.insertInto(PREVIEW_LINK)
                .set(PREVIEW_LINK.ARTICLE_ID, articleId)
                .set(PREVIEW_LINK.LANG, language)
                .set(PREVIEW_LINK.TOKEN_HASH, tokenHash)
                .set(PREVIEW_LINK.CREATED_BY, createdBy)
                .set(PREVIEW_LINK.CREATED_AT, at)
                .set(PREVIEW_LINK.EXPIRES_AT, expiresAt)
                .returning(PREVIEW_LINK.ID)
                .fetchSingle()
                .getId();
    }

    /** Newest first. */
    List<PreviewLink> findOf(long articleId, Language language) {
        return find(PREVIEW_LINK.ARTICLE_ID.eq(articleId).and(PREVIEW_LINK.LANG.eq(language)));
    }

    Optional<PreviewLink> find(long id) {
        return find(PREVIEW_LINK.ID.eq(id)).stream().findFirst();
    }

    /** The link of this token's hash that opens at this moment, in whichever language it opens. */
    Optional<PreviewLink> findOpening(String tokenHash, Instant now) {
        return find(PREVIEW_LINK
                        .TOKEN_HASH
                        .eq(tokenHash)
                        .and(PREVIEW_LINK.REVOKED_AT.isNull())
                        .and(PREVIEW_LINK.EXPIRES_AT.gt(now)))
                .stream()
                .findFirst();
    }

    private List<PreviewLink> find(Condition condition) {
        return dsl.select(
                        PREVIEW_LINK.ID,
                        PREVIEW_LINK.ARTICLE_ID,
                        PREVIEW_LINK.LANG,
                        coalesce(USER_ACCOUNT.DISPLAY_NAME, PREVIEW_LINK.CREATED_BY),
                        PREVIEW_LINK.CREATED_AT,
                        PREVIEW_LINK.EXPIRES_AT,
                        PREVIEW_LINK.REVOKED_AT,
                        PREVIEW_LINK.OPEN_COUNT,
                        PREVIEW_LINK.LAST_OPENED_AT,
                        PREVIEW_LINK.COMMENT_COUNT)
                .from(PREVIEW_LINK)
                .leftJoin(USER_ACCOUNT)
                .on(USER_ACCOUNT.USERNAME.eq(PREVIEW_LINK.CREATED_BY))
                .where(condition)
                .orderBy(PREVIEW_LINK.ID.desc())
                .fetch(row -> new PreviewLink(
                        row.value1(),
                        row.value2(),
                        row.value3(),
                        row.value4(),
                        row.value5(),
                        row.value6(),
                        row.value7(),
                        row.value8(),
                        row.value9(),
                        row.value10()));
    }

    /** @return whether it was open until now */
    boolean revoke(long id, String by, Instant at) {
        return dsl.update(PREVIEW_LINK)
                        .set(PREVIEW_LINK.REVOKED_BY, by)
                        .set(PREVIEW_LINK.REVOKED_AT, at)
                        .where(PREVIEW_LINK.ID.eq(id).and(PREVIEW_LINK.REVOKED_AT.isNull()))
                        .execute()
                > 0;
    }

    void recordOpening(long id, Instant at) {
        dsl.update(PREVIEW_LINK)
                .set(PREVIEW_LINK.OPEN_COUNT, PREVIEW_LINK.OPEN_COUNT.plus(1))
                .set(PREVIEW_LINK.LAST_OPENED_AT, at)
                .where(PREVIEW_LINK.ID.eq(id))
                .execute();
    }

    /** Counts one more comment unless the link has had its share; one statement, so two at once cannot pass it. */
    boolean claimComment(long id, int most) {
        return dsl.update(PREVIEW_LINK)
                        .set(PREVIEW_LINK.COMMENT_COUNT, PREVIEW_LINK.COMMENT_COUNT.plus(1))
                        .where(PREVIEW_LINK.ID.eq(id).and(PREVIEW_LINK.COMMENT_COUNT.lt(most)))
                        .execute()
                > 0;
    }
}
