package org.newsdesk.bench;

import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;
import static org.newsdesk.jooq.Tables.THEME;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.newsdesk.Application;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.NewsCursor;
import org.newsdesk.article.NewsQuery;
import org.newsdesk.base.Language;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How long the news grid takes to fetch a page, first and a thousand pages deep, and to search, at 10,000 and
 * 100,000 published articles, through ArticleService.news as the grid calls it. Run by bench/grid-queries.sh.
 */
public final class GridQueriesBenchmark {

    /** As the news grid asks: NewsGridView.PAGE_SIZE. */
    private static final int PAGE_SIZE = 12;
    /** Page 1,000 of the grid. */
    private static final int DEEP_POSITION = 1_000 * PAGE_SIZE;
    private static final int[] ARTICLE_COUNTS = {10_000, 100_000};
    private static final String NO_MATCH_WORD = "xylofoonconcert";

    private final ArticleService articles;
    private final DSLContext dsl;
    private final GeneratedArticles generated;

    private GridQueriesBenchmark(ConfigurableApplicationContext context) {
        articles = context.getBean(ArticleService.class);
        dsl = context.getBean(DSLContext.class);
        generated = new GeneratedArticles(context.getBean(DataSource.class),
                dsl.select(THEME.ID).from(THEME).orderBy(THEME.ID).fetch(THEME.ID));
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("CPUs: %d, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        try (var database = ScratchDatabase.create("grid")) {
            System.out.println("On " + database.description());
            var arguments = new ArrayList<>(List.of("--server.port=0", "--logging.level.root=WARN",
                    "--spring.main.banner-mode=off"));
            arguments.addAll(database.applicationArguments());
            try (var context = new SpringApplicationBuilder(Application.class, LastStatement.class)
                    .run(arguments.toArray(String[]::new))) {
                var benchmark = new GridQueriesBenchmark(context);
                for (int count : ARTICLE_COUNTS) {
                    benchmark.measureAt(count);
                }
            }
        }
    }

    private void measureAt(int count) throws Exception {
        long started = System.nanoTime();
        generated.growTo(count);
        long generationSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        // Fresh index statistics, as a server that has run for a while would have.
        dsl.execute("ANALYZE TABLE article, article_translation");
        int published = publishedCount();
        System.out.printf("%n=== %,d published nl articles (generated in %d s) ===%n", published, generationSeconds);

        int deepPosition = Math.min(DEEP_POSITION, published - PAGE_SIZE);
        var deepCursor = cursorAt(deepPosition);
        Runnable firstPage = () -> articles.news(Language.NL, NewsQuery.EVERYTHING, null, PAGE_SIZE);
        Runnable deepPage = () -> articles.news(Language.NL, NewsQuery.EVERYTHING, deepCursor, PAGE_SIZE);
        var first = Latency.of(firstPage);
        var deep = Latency.of(deepPage);
        System.out.printf("Page fetch, ArticleService.news(nl, everything, cursor, %d), %d runs after >= 3 s warm-up:%n",
                PAGE_SIZE, Latency.MEASURED_RUNS);
        System.out.printf("  %-38s %s%n", "first page", first);
        System.out.printf("  %-38s %s%n", String.format("deep page (after position %,d)", deepPosition), deep);
        System.out.printf("  deep / first (p50): %.2f%n", deep.p50Millis() / first.p50Millis());
        Runnable years = () -> articles.publicationYears(Language.NL);
        System.out.printf("Year filter options, ArticleService.publicationYears(nl) (%d years):%n",
                articles.publicationYears(Language.NL).size());
        System.out.printf("  %-38s %s%n", "every grid view", Latency.of(years));
        explain("year filter options", years);

        System.out.println("Search, ArticleService.news(nl, q, first page):");
        for (var text : List.of(GeneratedArticles.COMMON_WORD, GeneratedArticles.RARE_WORD,
                GeneratedArticles.UNCOMMON_WORD + " " + GeneratedArticles.COMMON_WORD, NO_MATCH_WORD)) {
            var query = new NewsQuery(text, null, null);
            var label = String.format("\"%s\" (%,d matches)", text, matches(text));
            try {
                System.out.printf("  %-38s %s%n", label, Latency.of(() -> articles.news(Language.NL, query, null,
                        PAGE_SIZE)));
            } catch (DataAccessException failure) {
                System.out.printf("  %-38s FAILED: %s%n", label, failure.getCause().getMessage());
            }
        }

        explain("first page", firstPage);
        explain("deep page", deepPage);
        explain("search \"" + GeneratedArticles.COMMON_WORD + "\"", () -> articles.news(Language.NL,
                new NewsQuery(GeneratedArticles.COMMON_WORD, null, null), null, PAGE_SIZE));
    }

    private int publishedCount() {
        return dsl.fetchCount(ARTICLE_TRANSLATION, ARTICLE_TRANSLATION.LANG.eq("nl")
                .and(ARTICLE_TRANSLATION.STATUS.eq("PUBLISHED")));
    }

    /** Where the grid stands after showing this many cards: the cursor of the card at that position. */
    private NewsCursor cursorAt(int position) {
        var row = dsl.select(ARTICLE.PUBLICATION_DATE, ARTICLE.ID)
                .from(ARTICLE_TRANSLATION)
                .join(ARTICLE).on(ARTICLE.ID.eq(ARTICLE_TRANSLATION.ARTICLE_ID))
                .where(ARTICLE_TRANSLATION.LANG.eq("nl").and(ARTICLE_TRANSLATION.STATUS.eq("PUBLISHED")))
                .orderBy(ARTICLE.PUBLICATION_DATE.desc(), ARTICLE.ID.desc())
                .limit(1).offset(position - 1)
                .fetchSingle();
        return new NewsCursor(row.value1(), row.value2());
    }

    private int matches(String text) {
        var expression = String.join(" ", text.split(" ")).replaceAll("(\\S+)", "+$1*");
        return dsl.fetchCount(ARTICLE_TRANSLATION, ARTICLE_TRANSLATION.LANG.eq("nl")
                .and(ARTICLE_TRANSLATION.STATUS.eq("PUBLISHED"))
                .and(DSL.condition("MATCH({0}, {1}, {2}) AGAINST ({3} IN BOOLEAN MODE)", ARTICLE_TRANSLATION.TITLE,
                        ARTICLE_TRANSLATION.TEASER, ARTICLE_TRANSLATION.BODY, DSL.val(expression))));
    }

    /** MariaDB's ANALYZE: the EXPLAIN plan plus r_rows, the rows each step actually read. */
    private void explain(String label, Runnable query) {
        System.out.println("EXPLAIN " + label + " (rows: estimated, r_rows: actually read):");
        try {
            var plan = dsl.fetch("ANALYZE " + LastStatement.of(query));
            System.out.printf("  %-20s %-7s %-32s %8s %8s  %s%n", "table", "type", "key", "rows", "r_rows", "Extra");
            for (var step : plan) {
                System.out.printf("  %-20s %-7s %-32s %8s %8s  %s%n", step.get("table"), step.get("type"),
                        step.get("key"), step.get("rows"), step.get("r_rows"), step.get("Extra"));
            }
        } catch (DataAccessException failure) {
            System.out.println("  FAILED: " + failure.getCause().getMessage());
        }
    }
}
