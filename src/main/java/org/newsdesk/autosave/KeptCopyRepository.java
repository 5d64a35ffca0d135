package org.newsdesk.autosave;

import static org.newsdesk.jooq.Tables.KEPT_COPY;
import static org.newsdesk.jooq.Tables.KEPT_COPY_TEXT;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.springframework.stereotype.Repository;

/** Kept copies, one row per editor and article, with a row per language version. */
@Repository
class KeptCopyRepository {

    private final DSLContext dsl;

    KeptCopyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Replaces the editor's copy of the article (null: of their new article) with this one. */
    void replace(String username, KeptCopy copy) {
        dsl.insertInto(KEPT_COPY)
                .set(KEPT_COPY.USERNAME, username)
                .set(KEPT_COPY.ARTICLE_ID, copy.articleId())
                .set(KEPT_COPY.BASE_VERSION, copy.baseVersion())
                .set(KEPT_COPY.KEPT_AT, copy.keptAt())
                .onDuplicateKeyUpdate()
                .set(KEPT_COPY.BASE_VERSION, copy.baseVersion())
                .set(KEPT_COPY.KEPT_AT, copy.keptAt())
                .execute();
        var copyId = dsl.select(KEPT_COPY.ID)
                .from(KEPT_COPY)
                .where(ofEditor(username, copy.articleId()))
                .fetchSingle(KEPT_COPY.ID);
        dsl.deleteFrom(KEPT_COPY_TEXT)
                .where(KEPT_COPY_TEXT.KEPT_COPY_ID.eq(copyId))
                .execute();
        copy.texts()
                .forEach((language, text) -> dsl.insertInto(KEPT_COPY_TEXT)
                        .set(KEPT_COPY_TEXT.KEPT_COPY_ID, copyId)
                        .set(KEPT_COPY_TEXT.LANG, language)
                        .set(KEPT_COPY_TEXT.TITLE, text.title())
                        .set(KEPT_COPY_TEXT.SLUG, text.slug())
                        .set(KEPT_COPY_TEXT.TEASER, text.teaser())
                        .set(KEPT_COPY_TEXT.BODY, text.body())
                        .execute());
    }

    Optional<KeptCopy> find(String username, @Nullable Long articleId) {
        return dsl.selectFrom(KEPT_COPY)
                .where(ofEditor(username, articleId))
                .fetchOptional()
                .map(copy -> new KeptCopy(
                        copy.getArticleId(), copy.getBaseVersion(), copy.getKeptAt(), texts(copy.getId())));
    }

    private Map<Language, KeptText> texts(long copyId) {
        return dsl.selectFrom(KEPT_COPY_TEXT).where(KEPT_COPY_TEXT.KEPT_COPY_ID.eq(copyId)).fetch().stream()
                .collect(Collectors.toMap(
                        text -> text.getLang(),
                        text -> new KeptText(text.getTitle(), text.getSlug(), text.getTeaser(), text.getBody())));
    }

    void delete(String username, @Nullable Long articleId) {
        dsl.deleteFrom(KEPT_COPY).where(ofEditor(username, articleId)).execute();
    }

    int deleteKeptBefore(Instant oldest) {
        return dsl.deleteFrom(KEPT_COPY).where(KEPT_COPY.KEPT_AT.lt(oldest)).execute();
    }

    private static Condition ofEditor(String username, @Nullable Long articleId) {
        return KEPT_COPY
                .USERNAME
                .eq(username)
                .and(KEPT_COPY.ARTICLE_ID.isNotDistinctFrom(DSL.val(articleId, KEPT_COPY.ARTICLE_ID)));
    }
}
