package org.newsdesk.bench;

import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;
import static org.newsdesk.jooq.Tables.ARTICLE_VIEW_COUNT;
import static org.newsdesk.jooq.Tables.SEARCH_TERM;
import static org.newsdesk.jooq.Tables.THEME;
import static org.newsdesk.jooq.Tables.THEME_TRANSLATION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.newsdesk.Application;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.NewsQuery;
import org.newsdesk.base.Language;
import org.newsdesk.base.NewsCursor;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.search.SearchIndexer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How long the news grid takes to fetch a page, first and a thousand pages deep, and to search, at 10,000 and
 * 100,000 published articles, through ArticleService.news as the grid calls it; searches also as they ran before
 * V7, on InnoDB's full-text index, side by side. Run by bench/grid-queries.sh.
 */
public final class GridQueriesBenchmark {

    /** As the news grid asks: NewsGridView.PAGE_SIZE. */
    private static final int PAGE_SIZE = 12;
    /** Page 1,000 of the grid. */
    private static final int DEEP_POSITION = 1_000 * PAGE_SIZE;

    private static final int[] ARTICLE_COUNTS = {10_000, 100_000};
    private static final String NO_MATCH_WORD = "xylofoonconcert";

    private final ArticleService articles;
    private final SearchIndexer indexer;
    private final DSLContext dsl;
    private final GeneratedArticles generated;

    private GridQueriesBenchmark(ConfigurableApplicationContext context) {
        articles = context.getBean(ArticleService.class);
        indexer = context.getBean(SearchIndexer.class);
        dsl = context.getBean(DSLContext.class);
        generated = new GeneratedArticles(
                context.getBean(DataSource.class),
                dsl.select(THEME.ID).from(THEME).orderBy(THEME.ID).fetch(THEME.ID));
    }

    public static void main(String[] args) throws Exception {
        System.out.printf(
                "CPUs: %d, Java %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        try (var database = ScratchDatabase.create("grid")) {
            System.out.println("On " + database.description());
            var arguments = new ArrayList<>(
                    List.of("--server.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off"));
            arguments.addAll(database.applicationArguments());
            try (var context = new SpringApplicationBuilder(Application.class, LastStatement.class)
                    .run(arguments.toArray(String[]::new))) {
                var benchmark = new GridQueriesBenchmark(context);
                // The index that search used before V7, which V7 drops: the benchmark compares both.
                context.getBean(DSLContext.class)
                        .execute("CREATE FULLTEXT INDEX ft_article_translation_text "
                                + "ON article_translation (title, teaser, body)");
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
        started = System.nanoTime();
        int indexed = indexer.catchUp();
        long indexingSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        // Fresh index statistics, as a server that has run for a while would have.
        dsl.execute("ANALYZE TABLE article, article_translation, search_term");
        int published = publishedCount();
        System.out.printf(
                "%n=== %,d published nl articles (generated in %d s; %,d versions indexed in %d s, "
                        + "%,d search_term rows) ===%n",
                published, generationSeconds, indexed, indexingSeconds, dsl.fetchCount(SEARCH_TERM));

        int deepPosition = Math.min(DEEP_POSITION, published - PAGE_SIZE);
        var deepCursor = cursorAt(deepPosition);
        Runnable firstPage = () -> articles.news(Language.NL, NewsQuery.EVERYTHING, null, PAGE_SIZE);
        Runnable deepPage = () -> articles.news(Language.NL, NewsQuery.EVERYTHING, deepCursor, PAGE_SIZE);
        var first = Latency.of(firstPage);
        var deep = Latency.of(deepPage);
        System.out.printf(
                "Page fetch, ArticleService.news(nl, everything, cursor, %d), %d runs after >= 3 s warm-up:%n",
                PAGE_SIZE, Latency.MEASURED_RUNS);
        System.out.printf("  %-38s %s%n", "first page", first);
        System.out.printf("  %-38s %s%n", String.format("deep page (after position %,d)", deepPosition), deep);
        System.out.printf("  deep / first (p50): %.2f%n", deep.p50Millis() / first.p50Millis());
        Runnable years = () -> articles.publicationYears(Language.NL);
        System.out.printf(
                "Year filter options, ArticleService.publicationYears(nl) (%d years):%n",
                articles.publicationYears(Language.NL).size());
        // Remembered for a minute (PublicationYears): a grid view almost always costs a lookup, not a query.
        System.out.printf("  %-38s %s%n", "every grid view", Latency.of(years));

        System.out.printf("Search, first page of 12: InnoDB FULLTEXT (the query before V7) and the search_term index "
                + "(ArticleService.news):%n");
        var searches = searchesAt(count);
        for (var search : searches) {
            System.out.printf(
                    "  %s (%,d matches of the words)%n",
                    search.label(), matches(search.query().text()));
            System.out.printf(
                    "    %-10s %s%n",
                    "FULLTEXT",
                    search.query().text().contains("\"")
                            ? "(no reference: phrases came after FULLTEXT)"
                            : timedOrFailure(() -> fullTextSearch(search.query(), search.after())));
            System.out.printf(
                    "    %-10s %s%n",
                    "own index",
                    timedOrFailure(() -> articles.news(Language.NL, search.query(), search.after(), PAGE_SIZE)));
        }

        explain("first page", firstPage);
        explain("deep page", deepPage);
        for (var search : searches.subList(0, 3)) {
            explainEach(
                    "search " + search.label(),
                    () -> articles.news(Language.NL, search.query(), search.after(), PAGE_SIZE));
        }
        explainEach(
                "search " + searches.getLast().label(),
                () -> articles.news(
                        Language.NL,
                        searches.getLast().query(),
                        searches.getLast().after(),
                        PAGE_SIZE));
    }

    private record Search(String label, NewsQuery query, NewsCursor after) {}

    private List<Search> searchesAt(int count) {
        var common = GeneratedArticles.COMMON_WORD;
        var twoWords = GeneratedArticles.UNCOMMON_WORD + " " + common;
        var firstTheme =
                dsl.select(THEME.ID).from(THEME).orderBy(THEME.ID).limit(1).fetchSingle(THEME.ID);
        NewsCursor deepSearch = null;
        for (int page = 0; page < 12; page++) {
            deepSearch = articles.news(
                            Language.NL, new NewsQuery(common, null, null), deepSearch, ArticleService.MAX_PAGE_SIZE)
                    .next()
                    .orElseThrow();
        }
        return List.of(
                new Search("\"" + common + "\" (common)", new NewsQuery(common, null, null), null),
                new Search(
                        "\"" + GeneratedArticles.RARE_WORD + "\" (rare)",
                        new NewsQuery(GeneratedArticles.RARE_WORD, null, null),
                        null),
                new Search("\"" + twoWords + "\" (two words)", new NewsQuery(twoWords, null, null), null),
                new Search("\"" + NO_MATCH_WORD + "\" (no match)", new NewsQuery(NO_MATCH_WORD, null, null), null),
                new Search("\"samenwerk\" (start of a common word)", new NewsQuery("samenwerk", null, null), null),
                new Search(
                        "\"" + GeneratedArticles.RARE_WORD + " " + common + "\" (rare and common)",
                        new NewsQuery(GeneratedArticles.RARE_WORD + " " + common, null, null),
                        null),
                new Search(
                        "\"" + GeneratedArticles.UNCOMMON_WORD + "\", first theme, 2015",
                        new NewsQuery(GeneratedArticles.UNCOMMON_WORD, firstTheme, 2015),
                        null),
                new Search(
                        String.format("\"%s\" after position 1,200", common),
                        new NewsQuery(common, null, null),
                        deepSearch),
                new Search(
                        "\"samenwerken\" (another form of the common word)",
                        new NewsQuery("samenwerken", null, null),
                        null),
                new Search(
                        "'\"samenwerking benelux\"' (phrase of common words, often side by side)",
                        new NewsQuery("\"samenwerking benelux\"", null, null),
                        null),
                new Search(
                        "'\"" + GeneratedArticles.UNCOMMON_WORD + " " + common + "\"' (phrase, seldom side by side)",
                        new NewsQuery("\"" + GeneratedArticles.UNCOMMON_WORD + " " + common + "\"", null, null),
                        null),
                new Search(
                        "\"" + GeneratedArticles.EVEN_WORD + " " + GeneratedArticles.ODD_WORD
                                + "\" (never together: worst case)",
                        new NewsQuery(GeneratedArticles.EVEN_WORD + " " + GeneratedArticles.ODD_WORD, null, null),
                        null));
    }

    private static String timedOrFailure(Runnable action) {
        try {
            return Latency.of(action).toString();
        } catch (DataAccessException failure) {
            return "FAILED: " + failure.getCause().getMessage();
        }
    }

    /**
     * The search as ArticleRepository.findNews ran it before V7 (commit 4f1f1c0): InnoDB boolean-mode full-text
     * match, every word a required prefix, with the same filters, cursor and columns. V7 drops the full-text index,
     * so the benchmark creates it on its scratch database.
     */
    private void fullTextSearch(NewsQuery query, NewsCursor after) {
        var condition = ARTICLE_TRANSLATION
                .LANG
                .eq(Language.NL)
                .and(ARTICLE_TRANSLATION.STATUS.eq(PublicationStatus.PUBLISHED))
                .and(DSL.condition(
                        "MATCH({0}, {1}, {2}) AGAINST ({3} IN BOOLEAN MODE)",
                        ARTICLE_TRANSLATION.TITLE,
                        ARTICLE_TRANSLATION.TEASER,
                        ARTICLE_TRANSLATION.BODY,
                        DSL.val(booleanModeExpression(query.text()))));
        if (query.themeId() != null) {
            condition = condition.and(ARTICLE.THEME_ID.eq(query.themeId()));
        }
        if (query.year() != null) {
            condition = condition.and(ARTICLE.PUBLICATION_DATE.between(
                    LocalDate.of(query.year(), 1, 1), LocalDate.of(query.year(), 12, 31)));
        }
        if (after != null) {
            condition = condition.and(ARTICLE.PUBLICATION_DATE
                    .lt(after.publicationDate())
                    .or(ARTICLE.PUBLICATION_DATE.eq(after.publicationDate()).and(ARTICLE.ID.lt(after.articleId()))));
        }
        dsl.select(
                        ARTICLE.ID,
                        ARTICLE_TRANSLATION.SLUG,
                        ARTICLE_TRANSLATION.TITLE,
                        ARTICLE_TRANSLATION.TEASER,
                        ARTICLE.PUBLICATION_DATE,
                        THEME_TRANSLATION.SLUG,
                        THEME_TRANSLATION.NAME,
                        DSL.coalesce(ARTICLE_VIEW_COUNT.VIEWS, DSL.inline(0L)))
                .from(ARTICLE_TRANSLATION.join(ARTICLE).on(ARTICLE.ID.eq(ARTICLE_TRANSLATION.ARTICLE_ID)))
                .leftJoin(THEME_TRANSLATION)
                .on(THEME_TRANSLATION.THEME_ID.eq(ARTICLE.THEME_ID).and(THEME_TRANSLATION.LANG.eq(Language.NL)))
                .leftJoin(ARTICLE_VIEW_COUNT)
                .on(ARTICLE_VIEW_COUNT.ARTICLE_ID.eq(ARTICLE.ID))
                .where(condition)
                .orderBy(ARTICLE.PUBLICATION_DATE.desc(), ARTICLE.ID.desc())
                .limit(PAGE_SIZE + 1)
                .fetch();
    }

    private static String booleanModeExpression(String text) {
        return String.join(" ", text.split(" ")).replaceAll("(\\S+)", "+$1*");
    }

    private int publishedCount() {
        return dsl.fetchCount(
                ARTICLE_TRANSLATION,
                ARTICLE_TRANSLATION
                        .LANG
                        .eq(Language.NL)
                        .and(ARTICLE_TRANSLATION.STATUS.eq(PublicationStatus.PUBLISHED)));
    }

    /** Where the grid stands after showing this many cards: the cursor of the card at that position. */
    private NewsCursor cursorAt(int position) {
        var row = dsl.select(ARTICLE.PUBLICATION_DATE, ARTICLE.ID)
                .from(ARTICLE_TRANSLATION)
                .join(ARTICLE)
                .on(ARTICLE.ID.eq(ARTICLE_TRANSLATION.ARTICLE_ID))
                .where(ARTICLE_TRANSLATION
                        .LANG
                        .eq(Language.NL)
                        .and(ARTICLE_TRANSLATION.STATUS.eq(PublicationStatus.PUBLISHED)))
                .orderBy(ARTICLE.PUBLICATION_DATE.desc(), ARTICLE.ID.desc())
                .limit(1)
                .offset(position - 1)
                .fetchSingle();
        return new NewsCursor(row.value1(), row.value2());
    }

    /** Articles with every word as written (FULLTEXT has no stems and no phrases): what the index reads from. */
    private int matches(String text) {
        var expression = booleanModeExpression(text.replace("\"", ""));
        return dsl.fetchCount(
                ARTICLE_TRANSLATION,
                ARTICLE_TRANSLATION
                        .LANG
                        .eq(Language.NL)
                        .and(ARTICLE_TRANSLATION.STATUS.eq(PublicationStatus.PUBLISHED))
                        .and(DSL.condition(
                                "MATCH({0}, {1}, {2}) AGAINST ({3} IN BOOLEAN MODE)",
                                ARTICLE_TRANSLATION.TITLE,
                                ARTICLE_TRANSLATION.TEASER,
                                ARTICLE_TRANSLATION.BODY,
                                DSL.val(expression))));
    }

    /** The plan of every statement the action sends, in order. */
    private void explainEach(String label, Runnable action) {
        var statements = LastStatement.all(action);
        for (int i = 0; i < statements.size(); i++) {
            explain(String.format("%s, statement %d of %d", label, i + 1, statements.size()), statements.get(i));
        }
    }

    private void explain(String label, Runnable query) {
        explain(label, LastStatement.of(query));
    }

    /** MariaDB's ANALYZE: the EXPLAIN plan plus r_rows, the rows each step actually read. */
    private void explain(String label, String sql) {
        System.out.println("EXPLAIN " + label + " (rows: estimated, r_rows: actually read):");
        try {
            var plan = dsl.fetch("ANALYZE " + sql);
            System.out.printf("  %-20s %-7s %-32s %8s %8s  %s%n", "table", "type", "key", "rows", "r_rows", "Extra");
            for (var step : plan) {
                System.out.printf(
                        "  %-20s %-7s %-32s %8s %8s  %s%n",
                        step.get("table"),
                        step.get("type"),
                        step.get("key"),
                        step.get("rows"),
                        step.get("r_rows"),
                        step.get("Extra"));
            }
        } catch (DataAccessException failure) {
            System.out.println("  FAILED: " + failure.getCause().getMessage());
        }
    }
}
