package org.newsdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newsdesk.SiteClient;
import org.newsdesk.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The security headers and cookies as a browser or a proxy gets them, on every family of responses, and what
 * Newsdesk believes about a client behind a proxy. Here only 127.0.0.1 is a trusted proxy: requests sent from
 * 127.0.0.2 (also this machine) are a client that connects directly, whose forwarding headers must be ignored.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.tomcat.remoteip.internal-proxies=127.0.0.1/32")
class SecurityHeadersIT {

    private static final String TRUSTED_PROXY = "127.0.0.1";
    private static final String DIRECT_CLIENT = "127.0.0.2";

    private static final String PASSWORD = "a proper staff passphrase";

    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    @LocalServerPort
    int port;

    @Test
    void everyFamilyOfResponsesCarriesTheSameHeaders() {
        var paths = List.of(
                "/en/", // rendered for the cache
                "/en/", // from the cache
                "/en/news/no-such-article",
                "/en/?q=%C3%28", // a 400 page
                "/en/feed.xml",
                "/sitemap.xml",
                "/media/999999/card.jpg",
                "/site/newsdesk.css",
                "/login",
                "/admin",
                "/actuator/health");
        for (var path : paths) {
            var headers = get(TRUSTED_PROXY, path, Map.of()).headers();
            assertThat(headers.allValues("Content-Security-Policy"))
                    .as(path)
                    .containsExactly(ContentSecurityPolicy.POLICY);
            assertThat(headers.allValues("X-Frame-Options")).as(path).containsExactly("DENY");
            assertThat(headers.allValues("X-Content-Type-Options")).as(path).containsExactly("nosniff");
            assertThat(headers.allValues("Referrer-Policy"))
                    .as(path)
                    .containsExactly("strict-origin-when-cross-origin");
            assertThat(headers.allValues("Permissions-Policy"))
                    .as(path)
                    .containsExactly(SecurityHeadersFilter.PERMISSIONS_POLICY);
            assertThat(headers.allValues("Strict-Transport-Security"))
                    .as("no HSTS over plain HTTP: %s", path)
                    .isEmpty();
        }
        assertThat(ContentSecurityPolicy.POLICY).contains("frame-ancestors 'none'", "object-src 'none'");
        assertThat(ContentSecurityPolicy.POLICY).doesNotContainPattern("script-src[^;]*'unsafe-inline'");
    }

    @Test
    void publicFirstResponsesSetNoCookie() {
        for (var path : List.of("/en/", "/en/news/no-such-article", "/en/feed.xml")) {
            assertThat(get(DIRECT_CLIENT, path, Map.of()).headers().allValues("Set-Cookie"))
                    .as(path)
                    .isEmpty();
        }
    }

    /** Fails when a Vaadin upgrade changes its bootstrap scripts: their new hashes belong in the policy. */
    @Test
    void everyInlineScriptOfThePagesIsNamedByThePolicy() {
        var client = new Client(TRUSTED_PROXY);
        var pages = List.of("/en/", "/en/news/no-such-article", "/login", "/en/?q=energy");
        for (var path : pages) {
            var page = Jsoup.parse(client.send(client.get(path).build()).body());
            var inline = page.select("script:not([src]):not([type=application/ld+json])");
            assertThat(inline).as(path).isNotEmpty();
            inline.forEach(script -> assertThat(ContentSecurityPolicy.VAADIN_BOOTSTRAP_SCRIPTS)
                    .as(path + ": " + script.data())
                    .contains(hash(script.data())));
        }
    }

    @Test
    void overTlsThroughTheTrustedProxyHstsIsSentAndTheSessionCookieIsSecure() {
        var https = Map.of("X-Forwarded-Proto", "https");
        var viaProxy = get(TRUSTED_PROXY, "/login", https);
        assertThat(viaProxy.headers().allValues("Strict-Transport-Security"))
                .containsExactly("max-age=31536000 ; includeSubDomains");
        assertThat(viaProxy.headers().allValues("Set-Cookie"))
                .singleElement()
                .asString()
                .startsWith("JSESSIONID=")
                .contains("; Secure", "; HttpOnly", "; SameSite=Lax");
        assertThat(get(TRUSTED_PROXY, "/en/", https).headers().allValues("Strict-Transport-Security"))
                .as("the cached public page too")
                .containsExactly("max-age=31536000 ; includeSubDomains");

        var direct = get(DIRECT_CLIENT, "/login", https);
        assertThat(direct.headers().allValues("Strict-Transport-Security"))
                .as("an untrusted client cannot claim TLS")
                .isEmpty();
        assertThat(direct.headers().allValues("Set-Cookie"))
                .singleElement()
                .asString()
                .contains("; HttpOnly", "; SameSite=Lax")
                .doesNotContain("Secure");
    }

    @Test
    void aClientThatConnectsDirectlyIsThrottledByItsOwnAddressWhateverItForwards() {
        var editor = editor();
        for (var attempt = 0; attempt < 10; attempt++) {
            assertThat(signIn(DIRECT_CLIENT, "198.51.100." + attempt, "nobody-" + attempt, "wrong password"))
                    .isFalse();
        }
        assertThat(signIn(DIRECT_CLIENT, "198.51.100.99", editor, PASSWORD))
                .as("refused: its own address failed ten times")
                .isFalse();
    }

    @Test
    void behindTheTrustedProxyOneClientsFailuresDoNotLockOutTheOthers() {
        var editor = editor();
        for (var attempt = 0; attempt < 10; attempt++) {
            assertThat(signIn(TRUSTED_PROXY, "203.0.113.7", "nobody-" + attempt, "wrong password"))
                    .isFalse();
        }
        assertThat(signIn(TRUSTED_PROXY, "203.0.113.7", editor, PASSWORD))
                .as("the failing client is refused")
                .isFalse();
        assertThat(signIn(TRUSTED_PROXY, "203.0.113.8", editor, PASSWORD))
                .as("another client behind the same proxy signs in")
                .isTrue();
    }

    /** @return the username of an editor of the test's own, with {@link #PASSWORD} */
    private String editor() {
        var username = "throttled-" + System.nanoTime();
        TestAccounts.create(dsl, username, "Throttled Editor", passwords.encode(PASSWORD), Role.EDITOR);
        return username;
    }

    /** @return whether the sign-in succeeded */
    private boolean signIn(String from, String forwardedFor, String username, String password) {
        var client = new Client(from);
        var form = Jsoup.parse(client.send(client.get("/login").build()).body());
        var fields = Map.of(
                "username",
                username,
                "password",
                password,
                form.select("meta[name=_csrf_parameter]").attr("content"),
                form.select("meta[name=_csrf]").attr("content"));
        var body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var response = client.send(client.request("/login")
                .header("X-Forwarded-For", forwardedFor)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        assertThat(response.statusCode()).isEqualTo(302);
        return !response.headers().firstValue("Location").orElseThrow().contains("error");
    }

    private HttpResponse<String> get(String from, String path, Map<String, String> headers) {
        var client = new Client(from);
        var request = client.get(path);
        headers.forEach(request::header);
        return client.send(request.build());
    }

    private static String hash(String script) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Requests sent from one local address, with cookies kept between them as a browser keeps them. */
    private final class Client {

        private final HttpClient http;

        Client(String localAddress) {
            try {
                http = HttpClient.newBuilder()
                        .localAddress(InetAddress.getByName(localAddress))
                        .cookieHandler(new CookieManager())
                        .build();
            } catch (UnknownHostException impossible) {
                throw new IllegalStateException(impossible);
            }
        }

        HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        }

        HttpRequest.Builder get(String path) {
            return request(path).GET();
        }

        HttpResponse<String> send(HttpRequest request) {
            return SiteClient.send(http, request);
        }
    }
}
