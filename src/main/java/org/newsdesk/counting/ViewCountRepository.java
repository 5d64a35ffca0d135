package org.newsdesk.counting;

import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.jsonTable;
import static org.jooq.impl.DSL.val;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_LANGUAGE_VIEW_COUNT;
import static org.newsdesk.jooq.Tables.ARTICLE_VIEW_COUNT;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.JSON;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/** Adds counted views to the stored counts: per language version, and per article. */
@Repository
class ViewCountRepository {

    private final DSLContext dsl;

    ViewCountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Adds the views of all language versions in two statements, one per table, in the lock order the drained
     * map has. They travel as one JSON parameter read by JSON_TABLE: ten times faster for 10,000 articles than
     * jOOQ's VALUES emulation, and free of the limit on bind parameters. Joining the article table skips
     * articles deleted meanwhile, which the foreign key would reject, and holds their rows until the commit.
     */
    void addViews(Map<ViewedVersion, Long> viewsByVersion) {
        addToVersions(viewsByVersion);
        addToArticles(viewsByVersion);
    }

    private void addToVersions(Map<ViewedVersion, Long> viewsByVersion) {
        var pending = jsonTable(val(versionsAsJson(viewsByVersion)), inline("$[*]"))
                .column("article_id", SQLDataType.BIGINT)
                .path("$[0]")
                .column("lang", ARTICLE_LANGUAGE_VIEW_COUNT.LANG.getDataType())
                .path("$[1]")
                .column("views", SQLDataType.BIGINT)
                .path("$[2]")
                .as("pending");
        var articleId = pending.field("article_id", Long.class);
        var language = pending.field("lang", ARTICLE_LANGUAGE_VIEW_COUNT.LANG.getDataType());
        var views = pending.field("views", Long.class);
        dsl.insertInto(
                        ARTICLE_LANGUAGE_VIEW_COUNT,
                        ARTICLE_LANGUAGE_VIEW_COUNT.ARTICLE_ID,
                        ARTICLE_LANGUAGE_VIEW_COUNT.LANG,
                        ARTICLE_LANGUAGE_VIEW_COUNT.VIEWS)
                .select(dsl.select(ARTICLE.ID, language, views)
                        .from(pending)
                        .join(ARTICLE)
                        .on(ARTICLE.ID.eq(articleId)))
                .onDuplicateKeyUpdate()
                .set(
                        ARTICLE_LANGUAGE_VIEW_COUNT.VIEWS,
                        ARTICLE_LANGUAGE_VIEW_COUNT.VIEWS.plus(excluded(ARTICLE_LANGUAGE_VIEW_COUNT.VIEWS)))
                .execute();
    }

    private void addToArticles(Map<ViewedVersion, Long> viewsByVersion) {
        var viewsByArticle = new TreeMap<Long, Long>();
        viewsByVersion.forEach((version, views) -> viewsByArticle.merge(version.articleId(), views, Long::sum));
        var pending = jsonTable(val(articlesAsJson(viewsByArticle)), inline("$[*]"))
                .column("article_id", SQLDataType.BIGINT)
                .path("$[0]")
                .column("views", SQLDataType.BIGINT)
                .path("$[1]")
                .as("pending");
        var articleId = pending.field("article_id", Long.class);
        var views = pending.field("views", Long.class);
        dsl.insertInto(ARTICLE_VIEW_COUNT, ARTICLE_VIEW_COUNT.ARTICLE_ID, ARTICLE_VIEW_COUNT.VIEWS)
                .select(dsl.select(ARTICLE.ID, views)
                        .from(pending)
                        .join(ARTICLE)
                        .on(ARTICLE.ID.eq(articleId)))
                .onDuplicateKeyUpdate()
                .set(ARTICLE_VIEW_COUNT.VIEWS, ARTICLE_VIEW_COUNT.VIEWS.plus(excluded(ARTICLE_VIEW_COUNT.VIEWS)))
                .execute();
    }

    /** [[articleId, "nl", views], ...]: numbers and language codes only, so plain concatenation is safe. */
    private static JSON versionsAsJson(Map<ViewedVersion, Long> viewsByVersion) {
        return JSON.json(viewsByVersion.entrySet().stream()
                .map(entry -> "[" + entry.getKey().articleId() + ",\""
                        + entry.getKey().language().code() + "\"," + entry.getValue() + "]")
                .collect(Collectors.joining(",", "[", "]")));
    }

    /** [[articleId, views], ...]: numbers only, so plain concatenation is safe. */
    private static JSON articlesAsJson(Map<Long, Long> viewsByArticle) {
        return JSON.json(viewsByArticle.entrySet().stream()
                .map(entry -> "[" + entry.getKey() + "," + entry.getValue() + "]")
                .collect(Collectors.joining(",", "[", "]")));
    }
}
