package org.newsdesk.editorial;

import static org.newsdesk.jooq.Tables.ARTICLE_TAKEDOWN;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.springframework.stereotype.Repository;

/** How the versions that are withdrawn or unpublished now were taken down. */
@Repository
class TakedownRepository {

    private final DSLContext dsl;

    TakedownRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Map<Language, Takedown> find(long articleId) {
        var takedowns = new EnumMap<Language, Takedown>(Language.class);
        dsl.selectFrom(ARTICLE_TAKEDOWN)
                .where(ARTICLE_TAKEDOWN.ARTICLE_ID.eq(articleId))
                .forEach(row -> takedowns.put(
                        row.getLang(),
                        new Takedown(
                                row.getTakenDownAt(), row.getTakenDownBy(), row.getReason(), row.getRedirectTo())));
        return takedowns;
    }

    /** Withdrawing again, or unpublishing a withdrawn version, replaces what was said before. */
    void save(
            long articleId,
            Language language,
            @Nullable String reason,
            @Nullable String redirectTo,
            String by,
            Instant now) {
        dsl.insertInto(ARTICLE_TAKEDOWN)
                .set(ARTICLE_TAKEDOWN.ARTICLE_ID, articleId)
                .set(ARTICLE_TAKEDOWN.LANG, language)
                .set(ARTICLE_TAKEDOWN.REASON, reason)
                .set(ARTICLE_TAKEDOWN.REDIRECT_TO, redirectTo)
                .set(ARTICLE_TAKEDOWN.TAKEN_DOWN_AT, now)
                .set(ARTICLE_TAKEDOWN.TAKEN_DOWN_BY, by)
                .onDuplicateKeyUpdate()
                .set(ARTICLE_TAKEDOWN.REASON, reason)
                .set(ARTICLE_TAKEDOWN.REDIRECT_TO, redirectTo)
                .set(ARTICLE_TAKEDOWN.TAKEN_DOWN_AT, now)
                .set(ARTICLE_TAKEDOWN.TAKEN_DOWN_BY, by)
                .execute();
    }

    void delete(long articleId, Language language) {
        dsl.deleteFrom(ARTICLE_TAKEDOWN)
                .where(ARTICLE_TAKEDOWN.ARTICLE_ID.eq(articleId).and(ARTICLE_TAKEDOWN.LANG.eq(language)))
                .execute();
    }
}
