package org.newsdesk.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.newsdesk.SiteClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Sign-in under attack, against the production jar with the demo accounts: 1,000 wrong passwords for one account
 * from one address, 1,000 attempts on many usernames from one address, and the response times of unknown usernames,
 * existing accounts and a locked account from attackers spread over many addresses (the throttle then does not
 * stop them, so every attempt reaches the password check). Prints the outcome of each attack, what the audit log
 * counted, and the timing figures with the noise between two halves of the same kind of attempt.
 */
public final class SignInAttackBenchmark {

    private static final String EDITOR = "editor";
    private static final String EDITOR_PASSWORD = "newsroom-editor-2026";
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "newsroom-admin-2026";
    private static final int ATTEMPTS = 1000;
    private static final int TIMED = 200;
    /** Each extra account takes at most this many wrong passwords, so it stays below the lockout. */
    private static final int WRONG_PER_ACCOUNT = 4;

    private SignInAttackBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.out.printf(
                "CPUs: %d, Java %s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        for (var jar : args) {
            measure(Path.of(jar));
        }
    }

    private static void measure(Path jar) throws Exception {
        System.out.printf("%n=== %s ===%n", jar);
        try (var database = ScratchDatabase.onLocalServer("signin");
                var app = RunningApplication.start(
                        jar, jar.resolveSibling("bench-sign-in-app.log"), database.applicationArguments())) {
            var accounts = addAccounts(database, TIMED / WRONG_PER_ACCOUNT + 2);

            // 1. One account, one address.
            var outcomes = new LinkedHashMap<String, Integer>();
            var oneAddress = "198.51.100.1";
            for (var attempt = 0; attempt < ATTEMPTS; attempt++) {
                outcomes.merge(new Attacker(app, oneAddress).signIn(EDITOR, "guess " + attempt), 1, Integer::sum);
            }
            System.out.printf("%n1. %d wrong passwords for '%s' from one address: %s%n", ATTEMPTS, EDITOR, outcomes);
            System.out.printf(
                    "   then the right password from that address: %s; from a fresh address: %s%n",
                    new Attacker(app, oneAddress).signIn(EDITOR, EDITOR_PASSWORD),
                    new Attacker(app, "198.51.100.2").signIn(EDITOR, EDITOR_PASSWORD));
            printAudit(database);

            // 2. Many accounts, one address.
            outcomes.clear();
            var otherAddress = "198.51.100.3";
            for (var attempt = 0; attempt < ATTEMPTS; attempt++) {
                var username = attempt % 10 == 0 ? accounts.get(attempt / 10 % accounts.size()) : "user" + attempt;
                outcomes.merge(new Attacker(app, otherAddress).signIn(username, "Summer2026!"), 1, Integer::sum);
            }
            System.out.printf("%n2. %d attempts on %d usernames from one address: %s%n", ATTEMPTS, ATTEMPTS, outcomes);
            System.out.printf(
                    "   then '%s' with the right password from that address: %s; from a fresh address: %s%n",
                    ADMIN,
                    new Attacker(app, otherAddress).signIn(ADMIN, ADMIN_PASSWORD),
                    new Attacker(app, "198.51.100.4").signIn(ADMIN, ADMIN_PASSWORD));
            printAudit(database);

            // 3. Timing, from a new address per attempt: unknown, existing (below its lockout) and locked accounts.
            var kinds = new ArrayList<String>();
            for (var sample = 0; sample < TIMED; sample++) {
                kinds.addAll(List.of("unknown", "existing", "locked"));
            }
            Collections.shuffle(kinds, new Random(6));
            var times = new LinkedHashMap<String, List<Long>>();
            var answers = new LinkedHashMap<String, Map<String, Integer>>();
            var used = 0;
            var address = 0;
            for (var kind : kinds) {
                var username = switch (kind) {
                    case "unknown" -> "nobody" + address;
                    // The first account met the attack of 2. already.
                    case "existing" -> accounts.get(1 + used++ / WRONG_PER_ACCOUNT);
                    default -> EDITOR;
                };
                var attacker = new Attacker(app, "10.9." + (address / 250) + "." + (address % 250 + 1));
                address++;
                attacker.loadForm();
                var start = System.nanoTime();
                var answer = attacker.signIn(username, "wrong password " + address);
                times.computeIfAbsent(kind, ignored -> new ArrayList<>()).add(System.nanoTime() - start);
                answers.computeIfAbsent(kind, ignored -> new LinkedHashMap<>()).merge(answer, 1, Integer::sum);
            }
            System.out.printf(
                    "%n3. Response times of a wrong password, %d each, interleaved, one address each%n", TIMED);
            System.out.printf("   %-9s %9s %9s %9s   %s%n", "account", "p10 ms", "median", "p90 ms", "answers");
            times.forEach((kind, samples) -> System.out.printf(
                    "   %-9s %9.1f %9.1f %9.1f   %s%n",
                    kind,
                    percentile(samples, 10),
                    percentile(samples, 50),
                    percentile(samples, 90),
                    answers.get(kind)));
            var unknown = times.get("unknown");
            var noise = Math.abs(percentile(unknown.subList(0, unknown.size() / 2), 50)
                    - percentile(unknown.subList(unknown.size() / 2, unknown.size()), 50));
            System.out.printf(
                    "   median difference to unknown: existing %+.1f ms, locked %+.1f ms; noise (two halves of"
                            + " unknown) %.1f ms%n",
                    percentile(times.get("existing"), 50) - percentile(unknown, 50),
                    percentile(times.get("locked"), 50) - percentile(unknown, 50),
                    noise);
        }
    }

    /** Editors with a known password, added straight to the database as an administrator would add them. */
    private static List<String> addAccounts(ScratchDatabase database, int count) throws SQLException {
        var hash = "{bcrypt}" + new BCryptPasswordEncoder().encode("an extra editor passphrase");
        var usernames = new ArrayList<String>();
        try (var connection = database.connect();
                var account = connection.prepareStatement(
                        "INSERT INTO user_account (username, display_name, password_hash) VALUES (?, ?, ?)");
                var role = connection.prepareStatement(
                        "INSERT INTO user_role (user_id, role) SELECT id, 'EDITOR' FROM user_account WHERE username = ?")) {
            for (var index = 0; index < count; index++) {
                var username = "bench-editor-" + index;
                account.setString(1, username);
                account.setString(2, "Bench Editor " + index);
                account.setString(3, hash);
                account.executeUpdate();
                role.setString(1, username);
                role.executeUpdate();
                usernames.add(username);
            }
        }
        return usernames;
    }

    private static void printAudit(ScratchDatabase database) throws SQLException {
        try (var connection = database.connect();
                var statement = connection.createStatement();
                var counts = statement.executeQuery(
                        "SELECT action, COUNT(*) FROM audit_event GROUP BY action ORDER BY action")) {
            var audited = new LinkedHashMap<String, Integer>();
            while (counts.next()) {
                audited.put(counts.getString(1), counts.getInt(2));
            }
            System.out.printf("   audit log so far: %s%n", audited);
        }
    }

    private static double percentile(List<Long> nanos, int percent) {
        var sorted = nanos.stream().sorted().toList();
        var index = Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }

    /** One attacker's browser without scripts, behind the local (trusted) proxy that forwards its address. */
    private static final class Attacker {

        private final HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final RunningApplication app;
        private final String address;
        private Map<String, String> csrf = Map.of();

        Attacker(RunningApplication app, String address) {
            this.app = app;
            this.address = address;
        }

        void loadForm() {
            var page = Jsoup.parse(send(request("/login").GET()).body());
            csrf = Map.of(
                    page.select("meta[name=_csrf_parameter]").attr("content"),
                    page.select("meta[name=_csrf]").attr("content"));
        }

        /** @return "signed in" or "failed", and whether it answered as an ordinary failure (a redirect to ?error) */
        String signIn(String username, String password) {
            if (csrf.isEmpty()) {
                loadForm();
            }
            var fields = new LinkedHashMap<>(csrf);
            fields.put("username", username);
            fields.put("password", password);
            var body = fields.entrySet().stream()
                    .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            var response = send(request("/login")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            var location = response.headers().firstValue("Location").orElse("");
            return response.statusCode() + (location.endsWith("/login?error") ? " failed" : " to " + location);
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(app.url(path))).header("X-Forwarded-For", address);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            return SiteClient.send(http, request.build());
        }
    }
}
