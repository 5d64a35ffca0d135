package org.newsdesk.bench;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import org.newsdesk.e2e.BrowserSession;

/**
 * How long visitors' sessions outlive their use, with production settings (nothing shortened for the run): tabs
 * closed normally, tabs that vanish without a goodbye (the browser goes offline first, as with a crash or a lost
 * connection), and page fetches without scripts or cookies, as crawlers and feed readers make them. All three
 * groups are opened together and followed by session id. Each jar given is measured in turn on a scratch
 * database of its own, so an older build gives the "before" of the same run. Run by bench/session-release.sh.
 */
public final class SessionReleaseBenchmark {

    private static final int TABS = 20;
    private static final int FETCHES = 200;
    /** Well past the longest release expected (idle timeout 5 min + Tomcat's sweep every 60 s). */
    private static final Duration LIMIT = Duration.ofMinutes(9);

    private static final Duration POLL = Duration.ofSeconds(5);

    public static void main(String[] args) throws Exception {
        System.out.printf(
                "CPUs: %d, Java %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        try (var browser = new BrowserSession()) {
            for (var jar : args) {
                measure(Path.of(jar), browser.browser());
            }
        }
    }

    private static void measure(Path jar, Browser browser) throws Exception {
        System.out.printf("%n=== %s ===%n", jar);
        try (var database = ScratchDatabase.onLocalServer("sessions");
                var app = RunningApplication.start(
                        jar, jar.resolveSibling("bench-session-release-app.log"), database.applicationArguments())) {
            var groups = new LinkedHashMap<String, Set<String>>();
            var closed = NewsGridVisitors.open(browser, app, TABS);
            var vanishing = NewsGridVisitors.open(browser, app, TABS);
            groups.put(TABS + " tabs closed", sessionsOf(closed));
            groups.put(TABS + " tabs vanished", sessionsOf(vanishing));
            groups.put(FETCHES + " fetches without cookies", fetch(app));
            System.out.printf(
                    "Open: %s; sessions held: %d%n",
                    sizes(groups), app.sessionIds().size());

            for (var visitor : vanishing) {
                visitor.setOffline(true);
            }
            NewsGridVisitors.closeAll(closed);
            NewsGridVisitors.closeAll(vanishing);
            follow(app, groups);
        }
    }

    private static Set<String> sessionsOf(List<BrowserContext> visitors) {
        var ids = new HashSet<String>();
        for (var visitor : visitors) {
            visitor.cookies().stream()
                    .filter(cookie -> cookie.name.equals("JSESSIONID"))
                    .forEach(cookie -> ids.add(cookie.value));
        }
        return ids;
    }

    private static Set<String> fetch(RunningApplication app) throws Exception {
        var ids = new HashSet<String>();
        try (var http = HttpClient.newHttpClient()) {
            for (int i = 0; i < FETCHES; i++) {
                var response = http.send(
                        HttpRequest.newBuilder(URI.create(app.url("/nl/"))).build(),
                        HttpResponse.BodyHandlers.discarding());
                response.headers().allValues("Set-Cookie").stream()
                        .flatMap(header -> HttpCookie.parse(header).stream())
                        .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                        .forEach(cookie -> ids.add(cookie.getValue()));
            }
        }
        return ids;
    }

    /** Prints how many sessions of each group remain, every few seconds, until none is left or time is up. */
    private static void follow(RunningApplication app, Map<String, Set<String>> groups) throws Exception {
        var started = System.nanoTime();
        var lastGone = new LinkedHashMap<String, Duration>();
        var last = "";
        while (true) {
            var held = app.sessionIds();
            var elapsed = Duration.ofNanos(System.nanoTime() - started);
            var remaining = new LinkedHashMap<String, Integer>();
            groups.forEach((group, ids) -> {
                var left = (int) ids.stream().filter(held::contains).count();
                remaining.put(group, left);
                if (left == 0) {
                    lastGone.putIfAbsent(group, elapsed);
                }
            });
            var line = remaining.toString();
            if (!line.equals(last)) {
                System.out.printf("  %4d s: %s left%n", elapsed.toSeconds(), line);
                last = line;
            }
            if (lastGone.size() == groups.size() || elapsed.compareTo(LIMIT) > 0) {
                break;
            }
            Thread.sleep(POLL);
        }
        groups.keySet()
                .forEach(group -> System.out.printf(
                        "%-28s %s%n",
                        group,
                        lastGone.containsKey(group)
                                ? "all released within " + lastGone.get(group).toSeconds() + " s (polled every "
                                        + POLL.toSeconds() + " s)"
                                : "NOT all released within " + LIMIT.toMinutes() + " min"));
    }

    private static String sizes(Map<String, Set<String>> groups) {
        var parts = new ArrayList<String>();
        groups.forEach((group, ids) -> parts.add(group + " → " + ids.size() + " sessions"));
        return String.join(", ", parts);
    }
}
