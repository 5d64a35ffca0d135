package org.newsdesk.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import org.newsdesk.e2e.BrowserSession;

/**
 * What an open anonymous news-grid tab costs the server in retained heap, and how soon a visitor's session is
 * released after their last tab closes, against the production jar on a scratch database with the demo
 * content. Each tab gets its own browser context, so each is a visitor with a session of their own. Run by
 * bench/tab-memory.sh with the jar as its argument.
 */
public final class TabMemoryBenchmark {

    private static final int[] TAB_COUNTS = {50, 150};
    private static final int WARM_UP_TABS = 10;
    /** Short, so that a run takes minutes; production waits 60 s (newsdesk.anonymous-session.grace). */
    private static final String GRACE = "5s";
    /** Tomcat looks for expired sessions every sixth background run: every 6 s here, every 60 s by default. */
    private static final String BACKGROUND_PROCESSOR_DELAY = "1s";

    private static final Duration RELEASE_TIMEOUT = Duration.ofSeconds(90);
    /**
     * Idle keep-alive connections hold Tomcat's buffers (about 30 KB each, several per browser) for as long as they
     * stay open; they belong to the transport, not to the tab. A short keep-alive lets them close, so the second
     * figure shows what an open tab itself keeps.
     */
    private static final String KEEP_ALIVE = "2s";

    private static final long CONNECTIONS_IDLE_MILLIS = 5_000;

    private final RunningApplication app;
    private final Browser browser;

    private TabMemoryBenchmark(RunningApplication app, Browser browser) {
        this.app = app;
        this.browser = browser;
    }

    public static void main(String[] args) throws Exception {
        var jar = Path.of(args[0]);
        System.out.printf(
                "CPUs: %d, Java %s, %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), jar.getFileName());
        try (var database = ScratchDatabase.onLocalServer("tabs")) {
            System.out.println("On " + database.description());
            var arguments = new ArrayList<>(database.applicationArguments());
            arguments.addAll(List.of(
                    "--newsdesk.anonymous-session.grace=" + GRACE,
                    "--server.tomcat.background-processor-delay=" + BACKGROUND_PROCESSOR_DELAY,
                    "--server.tomcat.keep-alive-timeout=" + KEEP_ALIVE));
            var log = jar.resolveSibling("bench-tab-memory-app.log");
            System.out.println("Application log: " + log);
            try (var app = RunningApplication.start(jar, log, arguments);
                    var browser = new BrowserSession()) {
                var benchmark = new TabMemoryBenchmark(app, browser.browser());
                benchmark.warmUp();
                for (int tabs : TAB_COUNTS) {
                    benchmark.measure(tabs);
                }
            }
        }
    }

    /** Loads every class and fills every cache that the first visitors would, so that they do not count. */
    private void warmUp() throws Exception {
        NewsGridVisitors.closeAll(NewsGridVisitors.open(browser, app, WARM_UP_TABS));
        awaitNoSessions();
    }

    private void measure(int tabs) throws Exception {
        long baseline = app.retainedHeapBytes();
        System.out.printf("%n=== %d tabs ===%n", tabs);
        System.out.printf("Before: %,d KB retained heap, %d sessions%n", baseline / 1024, app.activeSessions());

        long started = System.nanoTime();
        var visitors = NewsGridVisitors.open(browser, app, tabs);
        System.out.printf("Opened %d tabs in %.1f s%n", tabs, (System.nanoTime() - started) / 1e9);
        long withTabs = app.retainedHeapBytes();
        System.out.printf(
                "With the tabs open: %,d KB retained heap, %d sessions%n", withTabs / 1024, app.activeSessions());
        System.out.printf(
                "Retained heap per open tab: %.1f KB (with the browser's idle connections)%n",
                (withTabs - baseline) / 1024.0 / tabs);
        Thread.sleep(CONNECTIONS_IDLE_MILLIS);
        long tabsOnly = app.retainedHeapBytes();
        System.out.printf(
                "Retained heap per open tab: %.1f KB (idle connections closed, tabs still open)%n",
                (tabsOnly - baseline) / 1024.0 / tabs);

        NewsGridVisitors.closeAll(visitors);
        System.out.println("After closing every tab (grace " + GRACE + "):");
        var releasedAfter = awaitNoSessions();
        System.out.printf("All sessions released %.0f s after the last tab closed%n", releasedAfter.toMillis() / 1e3);
        long afterRelease = app.retainedHeapBytes();
        System.out.printf(
                "Retained heap then: %,d KB (%+,d KB against before)%n",
                afterRelease / 1024, (afterRelease - baseline) / 1024);
    }

    /** Prints the session count every two seconds until none is left; returns how long that took. */
    private Duration awaitNoSessions() throws Exception {
        long started = System.nanoTime();
        var waited = Duration.ZERO;
        int sessions = app.activeSessions();
        while (sessions > 0 && waited.compareTo(RELEASE_TIMEOUT) < 0) {
            System.out.printf("  %3d s: %d sessions%n", waited.toSeconds(), sessions);
            Thread.sleep(2_000);
            waited = Duration.ofNanos(System.nanoTime() - started);
            sessions = app.activeSessions();
        }
        System.out.printf("  %3d s: %d sessions%n", waited.toSeconds(), sessions);
        return waited;
    }
}
