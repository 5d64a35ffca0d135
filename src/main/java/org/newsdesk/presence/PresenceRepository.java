package org.newsdesk.presence;

import static org.jooq.impl.DSL.coalesce;
import static org.newsdesk.jooq.Tables.ARTICLE_PRESENCE;
import static org.newsdesk.jooq.Tables.USER_ACCOUNT;

import java.time.Instant;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The open editors per article, one row each, renewed while the editor stays open. */
@Repository
class PresenceRepository {

    private final DSLContext dsl;

    PresenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void renew(long articleId, String editorKey, String username, Instant now) {
        dsl.insertInto(ARTICLE_PRESENCE)
                .set(ARTICLE_PRESENCE.ARTICLE_ID, articleId)
                .set(ARTICLE_PRESENCE.EDITOR_KEY, editorKey)
                .set(ARTICLE_PRESENCE.USERNAME, username)
                .set(ARTICLE_PRESENCE.SEEN_AT, now)
                .onDuplicateKeyUpdate()
                .set(ARTICLE_PRESENCE.SEEN_AT, now)
                .execute();
    }

    void forgetOlderThan(Instant oldest) {
        dsl.deleteFrom(ARTICLE_PRESENCE)
                .where(ARTICLE_PRESENCE.SEEN_AT.lt(oldest))
                .execute();
    }

    /** Only the user's own tab: whoever learns another's key cannot make them look gone. */
    void leave(long articleId, String editorKey, String username) {
        dsl.deleteFrom(ARTICLE_PRESENCE)
                .where(ARTICLE_PRESENCE.ARTICLE_ID.eq(articleId))
                .and(ARTICLE_PRESENCE.EDITOR_KEY.eq(editorKey))
                .and(ARTICLE_PRESENCE.USERNAME.eq(username))
                .execute();
    }

    /** Display names (the username for an account that is gone) of users other than the given one. */
    List<String> othersSeenSince(long articleId, String username, Instant since) {
        var name = coalesce(USER_ACCOUNT.DISPLAY_NAME, ARTICLE_PRESENCE.USERNAME);
        return dsl.selectDistinct(name)
                .from(ARTICLE_PRESENCE)
                .leftJoin(USER_ACCOUNT)
                .on(USER_ACCOUNT.USERNAME.eq(ARTICLE_PRESENCE.USERNAME))
                .where(ARTICLE_PRESENCE
                        .ARTICLE_ID
                        .eq(articleId)
                        .and(ARTICLE_PRESENCE.USERNAME.ne(username))
                        .and(ARTICLE_PRESENCE.SEEN_AT.ge(since)))
                .orderBy(name)
                .fetch(name);
    }
}
