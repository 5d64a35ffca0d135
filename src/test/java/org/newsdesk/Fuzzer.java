package org.newsdesk;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;

/**
 * Random requests from a seed, so that a failure can be replayed: paths made of the site's words and junk, query
 * strings, headers, methods, and Vaadin UIDL messages (well-formed around random content, and garbled) sent within
 * a real UI of a real session. Each answer must be below 500 and tell nothing about the inside: no stack trace, no
 * version of a server or library, no SQL. The test suite runs a few hundred; {@code bench/fuzz.sh} runs many more.
 */
public final class Fuzzer {

    /** What an answer must not contain: stack traces, versions, SQL and database messages. */
    private static final Pattern TELLS_TOO_MUCH =
            Pattern.compile("(?i)(\\bat (java|org|com|jdk)\\.[\\w.$]+\\(|Exception:|\\bCaused by\\b|\\.java:\\d+\\)"
                    + "|Tomcat/\\d|Apache Tomcat|Jetty|Spring Boot|Spring Framework|springframework\\.|"
                    + "vaadinVersion|Vaadin/\\d|Flow/\\d|flow-server|jOOQ|MariaDB|SQLException|SQL syntax|SQLState"
                    + "|org\\.newsdesk\\.|java\\.lang\\.)");

    private static final List<String> WORDS = List.of(
            "",
            "nl",
            "fr",
            "en",
            "de",
            "xx",
            "NL",
            "news",
            "themes",
            "preview",
            "admin",
            "articles",
            "accounts",
            "audit",
            "translations",
            "redirects",
            "timeline",
            "login",
            "logout",
            "media",
            "large",
            "small.jpg",
            "feed.xml",
            "sitemap.xml",
            "sitemaps",
            "articles-1.xml",
            "articles-0.xml",
            "news.xml",
            "pages.xml",
            "robots.txt",
            "actuator",
            "health",
            "env",
            "VAADIN",
            "static",
            "build",
            "site",
            "favicon.ico",
            "HEARTBEAT",
            "..",
            ".",
            "%2e%2e",
            "%2F",
            "%5C",
            "%00",
            "%zz",
            "%",
            "%c0%ae",
            "%ff",
            ";jsessionid=1",
            "index.html",
            "WEB-INF",
            "META-INF",
            "9223372036854775808",
            "-1",
            "0",
            "1",
            "00001",
            "ᚠᛇᚻ",
            "%F0%9F%92%A9",
            "a%20b",
            "~",
            "*",
            "'",
            "\"",
            "<x>",
            "{x}",
            "$%7Bjndi:ldap://x%7D",
            "..%252f",
            "%u002e");
    private static final List<String> PARAMETERS = List.of(
            "q",
            "theme",
            "year",
            "before",
            "lang",
            "page",
            "v-r",
            "v-uiId",
            "location",
            "continue",
            "error",
            "state",
            "articleId",
            "size",
            "sort",
            "_csrf",
            "x");
    private static final List<String> VALUES = List.of(
            "",
            "1",
            "-1",
            "0",
            "2021",
            "99999999999999999999",
            "1e9",
            "NaN",
            "null",
            "nl",
            "xx",
            "uidl",
            "init",
            "heartbeat",
            "upload",
            "%zz",
            "%00",
            "' OR 1=1 --",
            "\" OR \"\"=\"",
            "1;DROP TABLE article",
            "<script>",
            "../../etc/passwd",
            "2021-02-30",
            "2021-13-01T25:61",
            "9999-12-31",
            "ᚠᛇᚻ",
            "%F0%9F%92%A9",
            "a".repeat(3000),
            "%E2%80%AE",
            "\\u0000",
            "true",
            "[]",
            "{}");
    private static final List<String> HEADERS = List.of(
            "Accept-Language",
            "Accept",
            "Accept-Encoding",
            "Range",
            "If-Modified-Since",
            "If-None-Match",
            "Cookie",
            "X-Forwarded-For",
            "X-Forwarded-Proto",
            "X-Forwarded-Host",
            "X-Forwarded-Port",
            "Forwarded",
            "Origin",
            "Referer",
            "Content-Type",
            "User-Agent",
            "X-Requested-With");
    private static final List<String> HEADER_VALUES = List.of(
            "",
            "*",
            "nl",
            "xx-YY;q=2",
            "nl-BE;q=0.9,fr;q=abc,,,",
            "bytes=0-1",
            "bytes=9-1",
            "bytes=a-b",
            "bytes=0-0,1-1",
            "Thu, 99 Foo 2026",
            "\"x\"",
            "JSESSIONID=x; XSRF-TOKEN=y",
            "JSESSIONID=" + "A".repeat(200),
            "999.1.1.1",
            "::1",
            "https",
            "gopher",
            "evil.example",
            "for=\"[::1]\";proto=https",
            "http://evil.example",
            "text/html",
            "application/json",
            "multipart/form-data; boundary=",
            "application/x-www-form-urlencoded",
            "\u00e9t\u00e9",
            "a".repeat(4000),
            "() { :; }; echo x",
            "${jndi:ldap://x}");
    private static final List<String> METHODS =
            List.of("GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "PROPFIND", "FOO");
    private static final List<String> UIDL_JUNK = List.of(
            "",
            "{",
            "[]",
            "null",
            "{\"rpc\":1}",
            "{\"csrfToken\":1,\"rpc\":[{}]}",
            "\u0000",
            "for(;;);[{}]",
            "\"x\"",
            "{\"syncId\":-1,\"clientId\":-1,\"rpc\":[]}",
            "{\"rpc\":[{\"type\":\"event\",\"node\":\"x\"}]}");
    private static final List<String> RPC_TYPES =
            List.of("event", "mSync", "publishedEventHandler", "navigation", "attachExistingElement", "channel", "x");
    private static final List<String> EVENTS =
            List.of("click", "change", "value-changed", "ui-navigate", "ui-leave-navigation", "ui-refresh", "x");

    private final String root;
    private final Random random;
    private final HttpClient http;

    /** @param root for example {@code http://localhost:8080} */
    public Fuzzer(String root, long seed) {
        this.root = root;
        this.random = new Random(seed);
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** @return one line per answer that failed, with the request that caused it; empty when all held */
    public List<String> run(int requests) {
        var findings = new ArrayList<String>();
        var ui = new UiSession();
        for (var index = 0; index < requests; index++) {
            var request = switch (random.nextInt(10)) {
                case 0, 1, 2 -> randomPath();
                case 3, 4 -> randomQuery();
                case 5, 6 -> withRandomHeaders(randomPath());
                default -> ui.randomMessage();
            };
            findings.addAll(check(request.build()));
        }
        return findings;
    }

    private HttpRequest.Builder randomPath() {
        var path = new StringBuilder();
        var segments = 1 + random.nextInt(4);
        for (var segment = 0; segment < segments; segment++) {
            path.append('/').append(random.nextInt(4) == 0 ? junk() : pick(WORDS));
        }
        if (random.nextInt(3) == 0) {
            path.append('?').append(queryString());
        }
        return request(path.toString()).method(pick(METHODS), body());
    }

    private HttpRequest.Builder randomQuery() {
        var prefix =
                pick(List.of("/", "/nl/", "/fr/", "/en/news/x", "/de/themes/x", "/admin", "/login", "/nl/feed.xml"));
        return request(prefix + "?" + queryString()).method(pick(List.of("GET", "GET", "HEAD", "POST")), body());
    }

    private HttpRequest.Builder withRandomHeaders(HttpRequest.Builder request) {
        var headers = 1 + random.nextInt(4);
        for (var header = 0; header < headers; header++) {
            request.setHeader(pick(HEADERS), pick(HEADER_VALUES));
        }
        return request;
    }

    private String queryString() {
        var query = new StringBuilder();
        var parameters = 1 + random.nextInt(4);
        for (var parameter = 0; parameter < parameters; parameter++) {
            query.append(parameter == 0 ? "" : pick(List.of("&", "&&", ";", "&=")))
                    .append(random.nextInt(5) == 0 ? junk() : pick(PARAMETERS))
                    .append(random.nextInt(6) == 0 ? "" : "=")
                    .append(random.nextInt(4) == 0 ? junk() : pick(VALUES));
        }
        return query.toString();
    }

    private HttpRequest.BodyPublisher body() {
        return random.nextInt(3) == 0
                ? HttpRequest.BodyPublishers.ofString(junk())
                : HttpRequest.BodyPublishers.noBody();
    }

    /** Characters of every kind, percent-escapes valid and not, in a length up to a few hundred. */
    private String junk() {
        var length = random.nextInt(8) == 0 ? 200 + random.nextInt(600) : 1 + random.nextInt(24);
        var text = new StringBuilder();
        for (var index = 0; index < length; index++) {
            switch (random.nextInt(6)) {
                case 0 -> text.append('%').append(String.format("%02X", random.nextInt(256)));
                case 1 -> text.append(pick(List.of("%", "%z", "%%", "%u00", "+", "&", "=", "#", ";", ",", "..")));
                case 2 -> text.append(URI_SAFE.charAt(random.nextInt(URI_SAFE.length())));
                default -> text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return text.toString();
    }

    private static final String URI_SAFE = "abcXYZ0189-._~!$'()*+,;=:@";

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        try {
            return HttpRequest.newBuilder(URI.create(root + pathAndQuery)).timeout(Duration.ofSeconds(30));
        } catch (IllegalArgumentException notAUri) {
            // A few combinations are not even a URI the client can send; the server never sees them.
            return HttpRequest.newBuilder(URI.create(root + "/?unsendable")).timeout(Duration.ofSeconds(30));
        }
    }

    private List<String> check(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
        } catch (IOException failure) {
            return List.of(describe(request) + ": no answer (" + failure + ")");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
        var findings = new ArrayList<String>();
        if (response.statusCode() >= 500) {
            findings.add(describe(request) + ": " + response.statusCode());
        }
        var contentType = response.headers().firstValue("Content-Type").orElse("");
        var readable = contentType.isEmpty() || contentType.matches("(?i).*(html|json|text/plain|xml).*");
        var told = TELLS_TOO_MUCH.matcher(readable ? response.body() : "");
        if (told.find()) {
            findings.add(describe(request) + ": the answer says \"" + around(response.body(), told.start()) + "\"");
        }
        response.headers()
                .map()
                .forEach((name, values) -> values.forEach(value -> {
                    if (TELLS_TOO_MUCH.matcher(value).find() || name.equalsIgnoreCase("X-Powered-By")) {
                        findings.add(describe(request) + ": header " + name + ": " + value);
                    }
                }));
        return findings;
    }

    private static String describe(HttpRequest request) {
        var uri = request.uri().toString();
        return request.method() + " " + (uri.length() > 300 ? uri.substring(0, 300) + "…" : uri) + " "
                + request.headers().map();
    }

    private static String around(String text, int position) {
        return text.substring(Math.max(0, position - 80), Math.min(text.length(), position + 120))
                .replaceAll("\\s+", " ");
    }

    /**
     * A real visitor's UI, as the browser starts it ({@code v-r=init}), to which random UIDL messages go: some with its
     * CSRF token and sync ids around random RPC calls, some garbled, some with a wrong token or another UI's id.
     */
    private final class UiSession {

        private int uiId = -1;
        private String csrfToken = "";
        private int syncId;
        private int clientId;

        HttpRequest.Builder randomMessage() {
            if (uiId < 0 || random.nextInt(40) == 0) {
                start();
            }
            String message;
            if (random.nextInt(4) == 0) {
                message = pick(UIDL_JUNK) + (random.nextBoolean() ? junk() : "");
            } else {
                var rpc = new StringBuilder("[");
                var calls = 1 + random.nextInt(3);
                for (var call = 0; call < calls; call++) {
                    rpc.append(call == 0 ? "" : ",").append(randomRpc());
                }
                rpc.append(']');
                message = "{\"csrfToken\":\"" + (random.nextInt(6) == 0 ? "wrong" : csrfToken) + "\",\"rpc\":" + rpc
                        + ",\"syncId\":" + (random.nextInt(6) == 0 ? random.nextInt(1000) - 500 : syncId)
                        + ",\"clientId\":" + (random.nextInt(6) == 0 ? random.nextInt(1000) - 500 : clientId++) + "}";
            }
            var targetUi = random.nextInt(8) == 0 ? pick(List.of("-1", "999", "x", "")) : String.valueOf(uiId);
            return request("/?v-r=uidl&v-uiId=" + targetUi)
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(message));
        }

        private String randomRpc() {
            var node = random.nextInt(5) == 0 ? random.nextInt(100_000) - 10 : random.nextInt(60);
            var type = pick(RPC_TYPES);
            return switch (type) {
                case "event" ->
                    "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"" + pick(EVENTS) + "\",\"data\":"
                            + pick(List.of("{}", "null", "[]", "{\"event.detail\":1}", "\"x\"")) + "}";
                case "mSync" ->
                    "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":" + random.nextInt(40)
                            + ",\"property\":\"" + pick(List.of("value", "invalid", "opened", "x", ""))
                            + "\",\"value\":"
                            + pick(List.of("1", "\"x\"", "null", "true", "{}", "[]")) + "}";
                case "publishedEventHandler" ->
                    "{\"type\":\"publishedEventHandler\",\"node\":" + node
                            + ",\"templateEventMethodName\":\"" + pick(List.of("confirm", "x", "", "toString"))
                            + "\",\"templateEventMethodArgs\":" + pick(List.of("[]", "[1]", "null", "[{}]"))
                            + ",\"promise\":" + random.nextInt(3) + "}";
                case "navigation" ->
                    "{\"type\":\"navigation\",\"location\":\""
                            + pick(List.of(
                                    "nl/", "admin", "admin/accounts", "nl/news/x", "../x", "%zz", "nl/preview/1", ""))
                            + "\",\"state\":" + pick(List.of("null", "{}", "1")) + ",\"link\":" + random.nextInt(2)
                            + "}";
                default ->
                    "{\"type\":\"" + type + "\",\"node\":" + node + ",\"x\":"
                            + pick(VALUES.subList(0, 12)).replace("\"", "").length() + "}";
            };
        }

        private void start() {
            try {
                var location = pick(List.of("nl/", "fr/", "en/news/x", "de/themes/x", "login", "nl/?q=x"));
                var init = http.send(
                        request("/?v-r=init&location=" + location.replace("?", "%3F"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                var json = Jsoup.parse(init.body()).text();
                uiId = number(json, "\"v-uiId\":");
                csrfToken = text(json, "\"Vaadin-Security-Key\":\"");
                syncId = 0;
                clientId = 0;
            } catch (IOException failure) {
                uiId = 0;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }

        private static int number(String json, String key) {
            var at = json.indexOf(key);
            if (at < 0) {
                return 0;
            }
            var matcher = Pattern.compile("-?\\d+").matcher(json);
            return matcher.find(at + key.length()) ? Integer.parseInt(matcher.group()) : 0;
        }

        private static String text(String json, String key) {
            var at = json.indexOf(key);
            if (at < 0) {
                return "";
            }
            var start = at + key.length();
            return json.substring(start, json.indexOf('"', start));
        }
    }
}
