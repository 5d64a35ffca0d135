package org.newsdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.SiteClient;
import org.newsdesk.TestAccounts;
import org.newsdesk.jooq.Tables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The invariants of sign-in under attack, as plain HTTP requests see them: every failure answers alike (unknown
 * username, wrong password, locked or disabled account), the lock holds against the right password, one address
 * trying many accounts is stopped, the session id changes at sign-in, and signing out or any other POST outside
 * Vaadin's own RPC needs the CSRF token. {@code bench/sign-in-attacks.sh} runs the same attacks at scale and measures
 * the response times.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInUnderAttackIT {

    private static final String PASSWORD = "a proper staff passphrase";
    private static final String FAILED = "/login?error";
    /** Signed in without a page asked for first: to the site's root. */
    private static final String SIGNED_IN = "302 / ";
    /** Each request its own client address (forwarded by the trusted local proxy), unless a test says otherwise. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    private String username;

    @BeforeEach
    void createAnAccount() {
        username = "attacked-" + System.nanoTime();
        TestAccounts.create(dsl, username, "Attacked Editor", passwords.encode(PASSWORD), Role.EDITOR);
    }

    @Test
    void everyFailureAnswersAlikeAndTheLockHoldsAgainstTheRightPassword() {
        var answers = new LinkedHashMap<String, String>();
        answers.put("unknown username", new Visitor(freshAddress()).signIn("nobody-" + System.nanoTime(), PASSWORD));
        for (var attempt = 1; attempt <= 5; attempt++) {
            answers.put("wrong password " + attempt, new Visitor(freshAddress()).signIn(username, "wrong " + attempt));
        }
        answers.put("locked, wrong password", new Visitor(freshAddress()).signIn(username, "wrong again"));
        answers.put("locked, right password", new Visitor(freshAddress()).signIn(username, PASSWORD));
        dsl.update(Tables.USER_ACCOUNT)
                .set(Tables.USER_ACCOUNT.ENABLED, false)
                .setNull(Tables.USER_ACCOUNT.LOCKED_UNTIL)
                .where(Tables.USER_ACCOUNT.USERNAME.eq(username))
                .execute();
        answers.put("disabled, right password", new Visitor(freshAddress()).signIn(username, PASSWORD));

        var unknown = answers.get("unknown username");
        assertThat(unknown).startsWith("302 " + FAILED);
        assertThat(answers)
                .allSatisfy((attempt, answer) -> assertThat(answer).as(attempt).isEqualTo(unknown));
    }

    @Test
    void oneAddressTryingManyAccountsIsStoppedBeforeItReachesARealOne() {
        var address = freshAddress();
        for (var attempt = 0; attempt < 10; attempt++) {
            new Visitor(address).signIn("guess-" + attempt + "-" + System.nanoTime(), "some password");
        }
        assertThat(new Visitor(address).signIn(username, PASSWORD)).startsWith("302 " + FAILED);
        assertThat(new Visitor(freshAddress()).signIn(username, PASSWORD)).startsWith(SIGNED_IN);
    }

    @Test
    void theSessionIdChangesAtSignIn() {
        var visitor = new Visitor(freshAddress());
        visitor.get("/login");
        var before = visitor.sessionId();
        assertThat(before).isNotNull();

        assertThat(visitor.signIn(username, PASSWORD)).startsWith(SIGNED_IN);

        assertThat(visitor.sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(visitor.get("/admin").statusCode()).isEqualTo(200);
        var withTheOldId = new Visitor(freshAddress());
        withTheOldId.setSessionId(before);
        assertThat(withTheOldId.get("/admin").statusCode()).isEqualTo(302);
    }

    @Test
    void signingOutAndEveryOtherPostNeedTheCsrfToken() {
        var visitor = new Visitor(freshAddress());
        var withoutToken = new LinkedHashMap<String, String>();
        withoutToken.put("username", username);
        withoutToken.put("password", PASSWORD);
        assertThat(visitor.post("/login", withoutToken).statusCode())
                .as("signing in without a token")
                .isEqualTo(403);
        assertThat(visitor.signIn(username, PASSWORD)).startsWith(SIGNED_IN);

        for (var path : List.of("/logout", "/login", "/admin", "/nl/", "/nl/feed.xml", "/media/1/large.jpg", "/")) {
            assertThat(visitor.post(path, Map.of()).statusCode())
                    .as("POST %s without a token", path)
                    .isEqualTo(403);
        }
        assertThat(visitor.get("/logout").statusCode()).as("GET /logout").isNotEqualTo(302);
        assertThat(visitor.get("/admin").statusCode()).as("still signed in").isEqualTo(200);

        var signOut = visitor.post("/logout", visitor.csrfField("/admin"));
        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(visitor.get("/admin").statusCode()).as("signed out").isEqualTo(302);
    }

    private static String freshAddress() {
        return "203.0.113." + (ADDRESSES.incrementAndGet() % 250 + 1);
    }

    /** One browser without scripts: its own cookies, requests from one client address. */
    private final class Visitor {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http =
                HttpClient.newBuilder().cookieHandler(cookies).build();
        private final String address;

        Visitor(String address) {
            this.address = address;
        }

        /** @return status, where it sends the browser, and the names of the cookies it sets */
        String signIn(String name, String password) {
            var fields = new LinkedHashMap<>(csrfField("/login"));
            fields.put("username", name);
            fields.put("password", password);
            var response = post("/login", fields);
            var setCookies = response.headers().allValues("Set-Cookie").stream()
                    .map(cookie -> cookie.substring(0, cookie.indexOf('=')))
                    .sorted()
                    .toList();
            var location = response.headers()
                    .firstValue("Location")
                    .map(URI::create)
                    .map(uri -> uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))
                    .orElse("");
            return response.statusCode() + " " + location + " cookies " + setCookies;
        }

        /** The CSRF token as the page at this path hands it to its forms. */
        Map<String, String> csrfField(String path) {
            var page = Jsoup.parse(get(path).body());
            var name = page.select("meta[name=_csrf_parameter]").attr("content");
            var token = page.select("meta[name=_csrf]").attr("content");
            assertThat(token).as("the CSRF token of %s", path).isNotEmpty();
            return Map.of(name, token);
        }

        HttpResponse<String> get(String path) {
            return send(request(path).GET());
        }

        HttpResponse<String> post(String path, Map<String, String> fields) {
            var body = fields.entrySet().stream()
                    .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(request(path)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElse(null);
        }

        void setSessionId(String id) {
            var cookie = new HttpCookie("JSESSIONID", id);
            cookie.setPath("/");
            cookie.setVersion(0);
            cookies.getCookieStore().add(URI.create("http://localhost:" + port), cookie);
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("X-Forwarded-For", address);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            return SiteClient.send(http, request.build());
        }
    }
}
