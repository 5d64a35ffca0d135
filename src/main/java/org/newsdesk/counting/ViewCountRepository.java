package org.newsdesk.counting;

import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.jsonTable;
import static org.jooq.impl.DSL.val;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_DAILY_VIEW_COUNT;
import static org.newsdesk.jooq.Tables.ARTICLE_LANGUAGE_VIEW_COUNT;
import static org.newsdesk.jooq.Tables.ARTICLE_VIEW_COUNT;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSON;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.newsdesk.base.Language;
import org.springframework.stereotype.Repository;

/** Adds counted views to the stored counts: per language version, per language version and day, and per article. */
@Repository
class ViewCountRepository {

    private final DSLContext dsl;

    ViewCountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Adds the views of all language versions in three statements, one per table, in the lock order the drained
     * map has. They travel as one JSON parameter read by JSON_TABLE: ten times faster for 10,000 articles than
     * jOOQ's VALUES emulation, and free of the limit on bind parameters. Joining the article table skips
     * articles deleted meanwhile, which the foreign key would reject, and holds their rows until the commit.
     *
     * @param day the day on the site's clocks that the views count for
     */
    void addViews(Map<ViewedVersion, Long> viewsByVersion, LocalDate day) {
        addToVersions(viewsByVersion);
        addToDays(viewsByVersion, day);
        addToArticles(viewsByVersion);
    }

    private void addToVersions(Map<ViewedVersion, Long> viewsByVersion) {
        var pending = pendingVersions(viewsByVersion);
        dsl.insertInto(
                        ARTICLE_LANGUAGE_VIEW_COUNT,
                        ARTICLE_LANGUAGE_VIEW_COUNT.ARTICLE_ID,
                        ARTICLE_LANGUAGE_VIEW_COUNT.LANG,
                        ARTICLE_LANGUAGE_VIEW_COUNT.VIEWS)
                .select(dsl.select(ARTICLE.ID, pending.language(), pending.views())
                        .from(pending.table())
                        .join(ARTICLE)
                        .on(ARTICLE.ID.eq(pending.articleId())))
                .onDuplicateKeyUpdate()
                .set(
                        ARTICLE_LANGUAGE_VIEW_COUNT.VIEWS,
                        ARTICLE_LANGUAGE_VIEW_COUNT.VIEWS.plus(excluded(ARTICLE_LANGUAGE_VIEW_COUNT.VIEWS)))
                .execute();
    }

    private void addToDays(Map<ViewedVersion, Long> viewsByVersion, LocalDate day) {
        var pending = pendingVersions(viewsByVersion);
        dsl.insertInto(
                        ARTICLE_DAILY_VIEW_COUNT,
                        ARTICLE_DAILY_VIEW_COUNT.ARTICLE_ID,
                        ARTICLE_DAILY_VIEW_COUNT.LANG,
                        ARTICLE_DAILY_VIEW_COUNT.DAY,
                        ARTICLE_DAILY_VIEW_COUNT.VIEWS)
                .select(dsl.select(ARTICLE.ID, pending.language(), val(day), pending.views())
                        .from(pending.table())
                        .join(ARTICLE)
                        .on(ARTICLE.ID.eq(pending.articleId())))
                .onDuplicateKeyUpdate()
                .set(
                        ARTICLE_DAILY_VIEW_COUNT.VIEWS,
                        ARTICLE_DAILY_VIEW_COUNT.VIEWS.plus(excluded(ARTICLE_DAILY_VIEW_COUNT.VIEWS)))
                .execute();
    }

    private static PendingVersions pendingVersions(Map<ViewedVersion, Long> viewsByVersion) {
        var table = jsonTable(val(versionsAsJson(viewsByVersion)), inline("$[*]"))
                .column("article_id", SQLDataType.BIGINT)
                .path("$[0]")
                .column("lang", ARTICLE_LANGUAGE_VIEW_COUNT.LANG.getDataType())
                .path("$[1]")
                .column("views", SQLDataType.BIGINT)
                .path("$[2]")
                .as("pending");
        return new PendingVersions(
                table,
                Objects.requireNonNull(table.field("article_id", Long.class)),
                Objects.requireNonNull(table.field("lang", ARTICLE_LANGUAGE_VIEW_COUNT.LANG.getDataType())),
                Objects.requireNonNull(table.field("views", Long.class)));
    }

    /** The views per language version as a table of the statement: article, language, views. */
    private record PendingVersions(
            Table<?> table, Field<Long> articleId, Field<Language> language, Field<Long> views) {}

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
