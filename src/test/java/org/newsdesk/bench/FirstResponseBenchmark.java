package org.newsdesk.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import tools.jackson.databind.json.JsonMapper;

/**
 * New visitors' first responses of Newsdesk against nginx serving a saved copy of the same response, its ceiling,
 * in one run: wrk with 2 threads and 16 connections, no cookies, for the article, the grid and a theme page (after
 * a warm-up of each); then
 * whole visits through the Vaadin protocol (page, init, navigate, unload), 16 at a time; then minutes of new
 * visitors on all three pages, after which no session may have been created, the heap must be back at its
 * baseline and the log must have no ERROR. Run by bench/first-responses.sh.
 */
public final class FirstResponseBenchmark {

    private static final int CONNECTIONS = 16;
    private static final Duration RUN = Duration.ofSeconds(Long.parseLong(env("BENCH_SECONDS", "20")));
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration SOAK = Duration.ofSeconds(Long.parseLong(env("BENCH_SOAK_SECONDS", "300")));
    private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) throws Exception {
        var jar = Path.of(args[0]);
        var work = Files.createTempDirectory("newsdesk-first-responses");
        System.out.printf(
                "CPUs: %d, Java %s, %s each%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), RUN);
        var log = work.resolve("app.log");
        try (var database = ScratchDatabase.onLocalServer("first");
                var app = RunningApplication.start(jar, log, database.applicationArguments())) {
            var pages = pages(app);
            // The JIT compiles the hot path under the first seconds of load: that is no steady state.
            for (var path : pages.values()) {
                wrk(app.url(path), WARM_UP);
            }
            try (var nginx = Nginx.serving(work, pages, app)) {
                System.out.printf(
                        "%n%-8s %-9s %12s %9s %9s %8s%n", "page", "server", "requests/s", "p50", "p99", "of nginx");
                for (var page : pages.entrySet()) {
                    var ceiling = wrk(nginx.url(page.getKey()), RUN);
                    var newsdesk = wrk(app.url(page.getValue()), RUN);
                    System.out.printf(
                            "%-8s %-9s %12.0f %9s %9s%n",
                            page.getKey(), "nginx", ceiling.perSecond(), ceiling.p50(), ceiling.p99());
                    System.out.printf(
                            "%-8s %-9s %12.0f %9s %9s %7.0f%%%n",
                            page.getKey(),
                            "newsdesk",
                            newsdesk.perSecond(),
                            newsdesk.p50(),
                            newsdesk.p99(),
                            100 * newsdesk.perSecond() / ceiling.perSecond());
                    ceiling.errors().forEach(line -> System.out.println("  nginx: " + line));
                    newsdesk.errors().forEach(line -> System.out.println("  newsdesk: " + line));
                }
            }
            System.out.printf(
                    "%nWhole visits through the Vaadin protocol (page, init, navigate, unload), %d at a "
                            + "time, %s:%n",
                    CONNECTIONS, RUN);
            for (var page : List.of("article", "grid")) {
                System.out.printf("  %-8s %s%n", page, visits(app, pages.get(page)));
            }
            soak(app, pages, log);
        }
    }

    /** The three pages' addresses, found on the running site. */
    private static Map<String, String> pages(RunningApplication app) throws Exception {
        var grid = Jsoup.parse(get(app.url("/nl/")));
        var pages = new LinkedHashMap<String, String>();
        pages.put(
                "article",
                "/" + grid.selectFirst("#prerender .news-card-title a").attr("href"));
        pages.put("grid", "/nl/");
        pages.put("theme", "/nl/themes/mensenhandel");
        return pages;
    }

    private static Wrk wrk(String url, Duration duration) throws Exception {
        var process = new ProcessBuilder(
                        "wrk", "-t2", "-c" + CONNECTIONS, "-d" + duration.toSeconds() + "s", "--latency", url)
                .redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        var requests = REQUESTS.matcher(output);
        if (!requests.find()) {
            throw new IllegalStateException("wrk said: " + output);
        }
        return new Wrk(
                Double.parseDouble(requests.group(1)),
                percentile(output, "50%"),
                percentile(output, "99%"),
                output.lines()
                        .filter(line -> line.contains("Non-2xx") || line.contains("Socket errors"))
                        .map(String::strip)
                        .toList());
    }

    private static String percentile(String output, String label) {
        var matcher = Pattern.compile("^\\s+" + label + "\\s+(\\S+)", Pattern.MULTILINE)
                .matcher(output);
        return matcher.find() ? matcher.group(1) : "?";
    }

    /** Visits by 16 visitors at once, each new: no cookie until Vaadin's init gives one. */
    private static String visits(RunningApplication app, String path) throws Exception {
        var done = new AtomicLong();
        var failed = new AtomicLong();
        var nanos = new ArrayList<Long>();
        var deadline = System.nanoTime() + RUN.toNanos();
        try (var pool = Executors.newFixedThreadPool(CONNECTIONS)) {
            for (int i = 0; i < CONNECTIONS; i++) {
                pool.submit(() -> {
                    var http = HttpClient.newHttpClient();
                    var mine = new ArrayList<Long>();
                    while (System.nanoTime() < deadline) {
                        long started = System.nanoTime();
                        try {
                            visit(http, app, path);
                            done.incrementAndGet();
                            mine.add(System.nanoTime() - started);
                        } catch (Exception failure) {
                            failed.incrementAndGet();
                        }
                    }
                    synchronized (nanos) {
                        nanos.addAll(mine);
                    }
                    return null;
                });
            }
            pool.shutdown();
            pool.awaitTermination(RUN.toSeconds() + 60, TimeUnit.SECONDS);
        }
        var sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(
                "%6.0f visits/s   p50 %6.1f ms   p99 %6.1f ms   (%d visits, %d failed)",
                done.get() / (double) RUN.toSeconds(),
                sorted[sorted.length / 2] / 1e6,
                sorted[sorted.length * 99 / 100] / 1e6,
                done.get(),
                failed.get());
    }

    /** What a browser's Vaadin client sends for one page view, in order. */
    private static void visit(HttpClient http, RunningApplication app, String path) throws Exception {
        send(http, HttpRequest.newBuilder(URI.create(app.url(path))).build(), 200);
        var route = path.substring(1);
        var init = send(
                http,
                HttpRequest.newBuilder(URI.create(app.url(
                                "/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=")))
                        .build(),
                200);
        var cookie = init.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        var config = JSON.readTree(init.body()).get("appConfig");
        var key = config.get("uidl").get("Vaadin-Security-Key").asString();
        var uidl = app.url("/?v-r=uidl&v-uiId=" + config.get("v-uiId").asInt());
        var navigate = Map.of(
                "csrfToken",
                key,
                "syncId",
                0,
                "clientId",
                0,
                "rpc",
                List.of(Map.of(
                        "type",
                        "event",
                        "node",
                        1,
                        "event",
                        "ui-navigate",
                        "data",
                        Map.of(
                                "route",
                                route,
                                "query",
                                "",
                                "appShellTitle",
                                "",
                                "historyState",
                                Map.of("idx", 0),
                                "trigger",
                                ""))));
        var navigated = send(http, post(uidl, cookie, navigate), 200).body();
        if (!navigated.contains("\"syncId\":1")) {
            throw new IllegalStateException("The navigation was not answered: " + navigated);
        }
        send(
                http,
                post(
                        uidl,
                        cookie,
                        Map.of("csrfToken", key, "syncId", 1, "clientId", 1, "rpc", List.of(), "UNLOAD", true)),
                200);
    }

    /**
     * New visitors on the three pages for the soak time (wrk, a page each per connection in turn); then the
     * sessions created, the heap after a full collection against its baseline, and the log's errors.
     */
    private static void soak(RunningApplication app, Map<String, String> pages, Path log) throws Exception {
        Thread.sleep(Duration.ofSeconds(90)); // the visits' sessions expire (grace 60 s, Tomcat's sweep)
        var sessionsBefore = app.sessionsCreated();
        var heapBefore = settledHeap(app);
        var script = Files.createTempFile("newsdesk-soak", ".lua");
        Files.writeString(
                script,
                "local paths = {"
                        + String.join(
                                ", ",
                                pages.values().stream()
                                        .map(path -> "\"" + path + "\"")
                                        .toList()) + "}\nlocal i = 0\nrequest = function()\n"
                        + "  i = i % #paths + 1\n  return wrk.format(\"GET\", paths[i])\nend\n");
        var process = new ProcessBuilder(
                        "wrk",
                        "-t2",
                        "-c" + CONNECTIONS,
                        "-d" + SOAK.toSeconds() + "s",
                        "--latency",
                        "-s",
                        script.toString(),
                        app.url("/"))
                .redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        var requests = REQUESTS.matcher(output);
        System.out.printf(
                "%n%s of new visitors on the three pages: %s requests/s, p50 %s, p99 %s%n",
                SOAK, requests.find() ? requests.group(1) : "?", percentile(output, "50%"), percentile(output, "99%"));
        var heapAfter = settledHeap(app);
        System.out.printf("  sessions created: %d%n", app.sessionsCreated() - sessionsBefore);
        System.out.printf(
                "  heap after full GC: %,d KB before, %,d KB after (%+,d KB)%n",
                heapBefore / 1024, heapAfter / 1024, (heapAfter - heapBefore) / 1024);
        System.out.printf(
                "  ERROR lines in the application log: %d%n",
                Files.readAllLines(log).stream()
                        .filter(line -> line.contains(" ERROR "))
                        .count());
    }

    /** The lowest of a few readings some seconds apart: one reading right after a burst still holds garbage. */
    private static long settledHeap(RunningApplication app) throws Exception {
        long lowest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            lowest = Math.min(lowest, app.retainedHeapBytes());
            Thread.sleep(2000);
        }
        return lowest;
    }

    private static HttpRequest post(String url, String cookie, Object body) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", cookie)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request, int status) throws Exception {
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != status) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
        return response;
    }

    private static String get(String url) throws Exception {
        return send(
                        HttpClient.newHttpClient(),
                        HttpRequest.newBuilder(URI.create(url)).build(),
                        200)
                .body();
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private record Wrk(double perSecond, String p50, String p99, List<String> errors) {}

    /** nginx (the Debian package) serving the saved first responses as files: the ceiling for the same bytes. */
    private static final class Nginx implements AutoCloseable {

        private final Process process;
        private final int port;

        private Nginx(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static Nginx serving(Path work, Map<String, String> pages, RunningApplication app) throws Exception {
            // nginx's workers run as an unprivileged user, who must be able to read the files.
            var readable = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
            var root = Files.createDirectories(work.resolve("html"), readable);
            for (var page : pages.entrySet()) {
                Files.writeString(root.resolve(page.getKey() + ".html"), get(app.url(page.getValue())));
            }
            int port;
            try (var socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Files.createDirectories(work.resolve("logs"));
            var config = work.resolve("nginx.conf");
            Files.writeString(config, """
                    daemon off;
                    worker_processes auto;
                    pid %1$s/nginx.pid;
                    error_log %1$s/logs/error.log;
                    events { worker_connections 1024; }
                    http {
                        access_log off;
                        default_type text/html;
                        client_body_temp_path %1$s/tmp;
                        proxy_temp_path %1$s/tmp;
                        fastcgi_temp_path %1$s/tmp;
                        uwsgi_temp_path %1$s/tmp;
                        scgi_temp_path %1$s/tmp;
                        server {
                            listen 127.0.0.1:%2$d;
                            root %3$s;
                        }
                    }
                    """.formatted(work, port, root));
            var process = new ProcessBuilder(
                            "nginx",
                            "-e",
                            work.resolve("logs/error.log").toString(),
                            "-c",
                            config.toString(),
                            "-p",
                            work.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("logs/nginx.out").toFile())
                    .start();
            var nginx = new Nginx(process, port);
            for (int i = 0; i < 50; i++) {
                try {
                    get(nginx.url("grid"));
                    return nginx;
                } catch (IOException notYet) {
                    Thread.sleep(100);
                }
            }
            process.destroyForcibly();
            throw new IllegalStateException("nginx did not start; see " + work.resolve("logs"));
        }

        String url(String page) {
            return "http://127.0.0.1:" + port + "/" + page + ".html";
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
