package org.newsdesk.counting;

import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.sum;
import static org.newsdesk.jooq.Tables.ARTICLE_DAILY_VIEW_COUNT;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.springframework.stereotype.Repository;

/** Reads the views per day, along ix_article_daily_view_count_day. */
@Repository
class ReadershipRepository {

    private final DSLContext dsl;

    ReadershipRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<MostRead> mostRead(LocalDate from, Language preferred, int limit) {
        var views = sum(ARTICLE_DAILY_VIEW_COUNT.VIEWS).cast(Long.class);
        var top = dsl.select(ARTICLE_DAILY_VIEW_COUNT.ARTICLE_ID, views)
                .from(ARTICLE_DAILY_VIEW_COUNT)
                .where(ARTICLE_DAILY_VIEW_COUNT.DAY.ge(from))
                .groupBy(ARTICLE_DAILY_VIEW_COUNT.ARTICLE_ID)
                .orderBy(views.desc(), ARTICLE_DAILY_VIEW_COUNT.ARTICLE_ID.desc())
                .limit(limit)
                .fetch();
        var titles = titlesOf(top.map(row -> row.value1()), preferred);
        return top.map(
                row -> new MostRead(row.value1(), titles.getOrDefault(row.value1(), "#" + row.value1()), row.value2()));
    }

    /** @param articleId one article's views only; null for all articles together */
    List<DailyViews> daily(LocalDate from, @Nullable Long articleId) {
        var views = sum(ARTICLE_DAILY_VIEW_COUNT.VIEWS).cast(Long.class);
        return dsl.select(ARTICLE_DAILY_VIEW_COUNT.DAY, ARTICLE_DAILY_VIEW_COUNT.LANG, views)
                .from(ARTICLE_DAILY_VIEW_COUNT)
                .where(ARTICLE_DAILY_VIEW_COUNT.DAY.ge(from))
                .and(articleId == null ? noCondition() : ARTICLE_DAILY_VIEW_COUNT.ARTICLE_ID.eq(articleId))
                .groupBy(ARTICLE_DAILY_VIEW_COUNT.DAY, ARTICLE_DAILY_VIEW_COUNT.LANG)
                .orderBy(ARTICLE_DAILY_VIEW_COUNT.DAY, ARTICLE_DAILY_VIEW_COUNT.LANG)
                .fetch(row -> new DailyViews(row.value1(), row.value2(), row.value3()));
    }

    /** Each article's title in the preferred language, or else in the first language of the site's order. */
    private Map<Long, String> titlesOf(List<Long> articleIds, Language preferred) {
        var byArticle = new HashMap<Long, Map<Language, String>>();
        dsl.select(ARTICLE_TRANSLATION.ARTICLE_ID, ARTICLE_TRANSLATION.LANG, ARTICLE_TRANSLATION.TITLE)
                .from(ARTICLE_TRANSLATION)
                .where(ARTICLE_TRANSLATION.ARTICLE_ID.in(articleIds))
                .forEach(row -> byArticle
                        .computeIfAbsent(row.value1(), id -> new EnumMap<>(Language.class))
                        .put(row.value2(), row.value3()));
        var titles = new HashMap<Long, String>();
        byArticle.forEach((articleId, versions) -> {
            // An EnumMap's keys come in the site's order of languages.
            var chosen = versions.containsKey(preferred)
                    ? preferred
                    : versions.keySet().iterator().next();
            titles.put(articleId, Objects.requireNonNull(versions.get(chosen)));
        });
        return titles;
    }
}
