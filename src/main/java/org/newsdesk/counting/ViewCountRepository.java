package org.newsdesk.counting;

import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.jsonTable;
import static org.jooq.impl.DSL.val;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_VIEW_COUNT;

import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.JSON;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/** Adds counted views to the stored counts. */
@Repository
class ViewCountRepository {

    private final DSLContext dsl;

    ViewCountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Adds the views of all articles in one statement. They travel as one JSON parameter read by JSON_TABLE:
     * ten times faster for 10,000 articles than jOOQ's VALUES emulation, and free of the limit on bind
     * parameters. Joining the article table skips articles deleted meanwhile, which the foreign key would
     * reject, and holds their rows until the commit.
     */
    void addViews(Map<Long, Long> viewsByArticle) {
        var pending = jsonTable(val(asJson(viewsByArticle)), inline("$[*]"))
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

    /** [[articleId, views], ...]: numbers only, so plain concatenation is safe. */
    private static JSON asJson(Map<Long, Long> viewsByArticle) {
        return JSON.json(viewsByArticle.entrySet().stream()
                .map(entry -> "[" + entry.getKey() + "," + entry.getValue() + "]")
                .collect(Collectors.joining(",", "[", "]")));
    }
}
