package org.newsdesk.bench;

import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.ARTICLE_VIEW_COUNT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;

import org.jooq.DSLContext;
import org.jooq.InsertValuesStep1;
import org.jooq.impl.DSL;
import org.newsdesk.Application;
import org.newsdesk.base.Language;
import org.newsdesk.counting.ViewCounter;
import org.newsdesk.jooq.tables.records.ArticleRecord;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * How many views per second the counter accepts, and how long one flush of many articles takes, on a
 * throw-away embedded MariaDB (or SPRING_DATASOURCE_URL). Run by bench/view-counting.sh.
 */
public final class ViewCountingBenchmark {

    private static final long WARM_UP_MILLIS = 1_000;
    private static final long MEASURE_MILLIS = 2_000;
    private static final int[] THREAD_COUNTS = {1, 2, 4, 8};
    private static final int DEMO_ARTICLES = 14;
    private static final int FLUSHED_ARTICLES = 10_000;
    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    private final ViewCounter counter;
    private final DSLContext dsl;
    private final Runnable flush;

    private ViewCountingBenchmark(ConfigurableApplicationContext context) {
        counter = context.getBean(ViewCounter.class);
        dsl = context.getBean(DSLContext.class);
        // Runs exactly what the scheduler runs; the interval is pushed out so that only the benchmark flushes.
        flush = context.getBean(ScheduledTaskHolder.class).getScheduledTasks().stream()
                .map(task -> task.getTask().getRunnable())
                .filter(runnable -> runnable.toString().contains("ViewCountFlusher.flush"))
                .findFirst()
                .orElseThrow();
    }

    public static void main(String[] args) throws Exception {
        System.out.printf(
                "CPUs: %d, Java %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        try (var context = new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.port=0",
                        "--newsdesk.counting.flush-interval=1h",
                        "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off")) {
            var benchmark = new ViewCountingBenchmark(context);
            benchmark.hotPath();
            benchmark.flushOfManyArticles();
        }
    }

    private void hotPath() throws Exception {
        long storedBefore = storedViews();
        long recorded = 0;
        System.out.println();
        // Each view in a new session, so that each one passes the User-Agent check and is counted.
        System.out.println(
                "Visitor path, countVisitorView(articleId, nl, new session, browser User-Agent), one article:");
        for (int threads : THREAD_COUNTS) {
            recorded += measure("  " + threads + " threads", threads, view -> visit(1));
        }
        System.out.println("The same, spread over the 14 demo articles:");
        for (int threads : THREAD_COUNTS) {
            recorded += measure("  " + threads + " threads", threads, view -> visit(1 + view % DEMO_ARTICLES));
        }

        long started = System.nanoTime();
        flush.run();
        long flushMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        long stored = storedViews() - storedBefore;
        System.out.printf(
                "Flush of these %,d views on %d articles: %d ms; stored exactly: %s (%,d stored)%n",
                recorded, DEMO_ARTICLES, flushMillis, stored == recorded ? "yes" : "NO", stored);
    }

    /** One view by a visitor whose session counted nothing yet. */
    private void visit(long articleId) {
        counter.countVisitorView(articleId, Language.NL, ConcurrentHashMap.newKeySet(), BROWSER);
    }

    /** Returns the views recorded, warm-up included. */
    private long measure(String label, int threads, LongConsumer view) throws Exception {
        var warmUpEnds = new CountDownLatch(1);
        var running = new AtomicBoolean(true);
        var measured = new ArrayList<Future<long[]>>();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                measured.add(pool.submit(() -> {
                    long views = 0;
                    while (warmUpEnds.getCount() > 0) {
                        view.accept(views++);
                    }
                    long warmUpViews = views;
                    while (running.get()) {
                        view.accept(views++);
                    }
                    return new long[] {views, views - warmUpViews};
                }));
            }
            Thread.sleep(WARM_UP_MILLIS);
            warmUpEnds.countDown();
            Thread.sleep(MEASURE_MILLIS);
            running.set(false);
        }
        long all = 0;
        long inMeasurement = 0;
        for (var result : measured) {
            all += result.get()[0];
            inMeasurement += result.get()[1];
        }
        System.out.printf("%s: %,.0f views/s%n", label, inMeasurement * 1000.0 / MEASURE_MILLIS);
        return all;
    }

    private void flushOfManyArticles() {
        var articleIds = createArticles(FLUSHED_ARTICLES);
        System.out.println();
        for (var round : List.of("new count rows", "existing count rows")) {
            long storedBefore = storedViews();
            for (long articleId : articleIds) {
                visit(articleId);
                visit(articleId);
            }
            long started = System.nanoTime();
            flush.run();
            long flushMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            long stored = storedViews() - storedBefore;
            System.out.printf(
                    "Flush of %,d distinct pending articles (%s): %d ms; stored exactly: %s%n",
                    articleIds.size(), round, flushMillis, stored == 2L * articleIds.size() ? "yes" : "NO");
        }
    }

    private List<Long> createArticles(int count) {
        InsertValuesStep1<ArticleRecord, LocalDate> insert = dsl.insertInto(ARTICLE, ARTICLE.PUBLICATION_DATE);
        for (int i = 0; i < count; i++) {
            insert = insert.values(LocalDate.of(2000, 1, 1));
        }
        insert.execute();
        return dsl.select(ARTICLE.ID)
                .from(ARTICLE)
                .orderBy(ARTICLE.ID.desc())
                .limit(count)
                .fetch(ARTICLE.ID);
    }

    private long storedViews() {
        return dsl.select(DSL.coalesce(DSL.sum(ARTICLE_VIEW_COUNT.VIEWS), DSL.inline(BigDecimal.ZERO)))
                .from(ARTICLE_VIEW_COUNT)
                .fetchOne(0, Long.class);
    }
}
