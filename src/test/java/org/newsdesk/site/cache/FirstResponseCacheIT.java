package org.newsdesk.site.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.jooq.Tables.ARTICLE_TRANSLATION;
import static org.newsdesk.jooq.Tables.CONTENT_CHANGE;
import static org.newsdesk.jooq.Tables.THEME_TRANSLATION;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.ActiveSessions;
import org.newsdesk.PublishedStory;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.ScheduledPublisher;
import org.newsdesk.editorial.VersionDraft;
import org.newsdesk.theme.ThemeAdministration;
import org.newsdesk.theme.ThemeDraft;
import org.newsdesk.theme.ThemeNames;
import org.newsdesk.theme.TimelineEditing;
import org.newsdesk.theme.TimelineEntryDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The first responses of public pages as visitors without a session get them: the same bytes for everyone, no
 * session, from the cache, and new as soon as what they show changes. Over real HTTP, against a real MariaDB.
 */
@Import(ActiveSessions.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "newsdesk.publishing.check-interval=1h")
@WithMockUser(username = "eva", roles = "EDITOR")
class FirstResponseCacheIT {

    /** Older than the other news: added articles do not move the first pages. */
    private static final LocalDate LONG_AGO = LocalDate.of(2001, 1, 31);

    @LocalServerPort
    int port;

    @Autowired
    ActiveSessions sessions;

    @Autowired
    EditorialService editorial;

    @Autowired
    ScheduledPublisher publisher;

    @Autowired
    ThemeAdministration themeAdministration;

    @Autowired
    TimelineEditing timeline;

    @Autowired
    DSLContext dsl;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A theme with a timeline and an article of the test's own, published in Dutch and French. */
    private PublishedStory story;

    /** The English page of the story's theme. */
    private String themePage;

    @BeforeEach
    void warmUp() {
        story = PublishedStory.publish(editorial, themeAdministration, timeline, LocalDate.of(2021, 5, 3));
        themePage = "/en/themes/" + story.themeSlug(Language.EN);
        // Tomcat's first request to the router may still be starting Vaadin.
        get("/nl/", Map.of());
    }

    @AfterEach
    void removeStory() {
        story.close();
    }

    static Stream<String> everyKindOfPublicPage() {
        return Stream.of(
                "/nl/",
                "/fr/?q=veiligheid",
                "/de/?year=2021",
                "/en/?before=2021-05-03.12",
                "/de/themes/",
                "/nl/news/no-such-article",
                "/nl/themes/no-such-theme",
                "/nl/no-such-page",
                "/no-such-page");
    }

    @ParameterizedTest
    @MethodSource("everyKindOfPublicPage")
    void aPublicPageIsTheSameForTwoNewVisitorsAndOpensNoSession(String path) {
        var sessionsBefore = sessions.count();

        var first = get(path, Map.of());
        var second = get(path, Map.of("User-Agent", "Another browser/1.0"));

        assertThat(first.statusCode()).isIn(200, 404);
        assertThat(first.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(second.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(new String(first.body(), StandardCharsets.UTF_8)).doesNotContain("_csrf");
        assertThat(first.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value ->
                        assertThat(value).startsWith("public, max-age=").contains("stale-while-revalidate="));
        assertThat(sessions.count()).isLessThanOrEqualTo(sessionsBefore);
    }

    @Test
    void anArticleIsTheSameForTwoNewVisitorsAndOpensNoSession() {
        aPublicPageIsTheSameForTwoNewVisitorsAndOpensNoSession("/fr/news/" + story.slug(Language.FR));
    }

    @Test
    void aThemeIsTheSameForTwoNewVisitorsAndOpensNoSession() {
        aPublicPageIsTheSameForTwoNewVisitorsAndOpensNoSession(themePage);
    }

    @Test
    void aPageOutsideTheLanguagesSpeaksTheBrowsersLanguageAndSaysSo() {
        var dutch = get("/no-such-page", Map.of("Accept-Language", "nl"));
        var german = get("/no-such-page", Map.of("Accept-Language", "de"));

        assertThat(Jsoup.parse(text(dutch)).selectFirst("html").attr("lang")).isEqualTo("nl");
        assertThat(Jsoup.parse(text(german)).selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(german.headers().firstValue("Vary")).hasValue("Accept-Encoding, Accept-Language");
    }

    @Test
    void theGarbledAddressPageIsTheSameForEveryoneAndOpensNoSession() throws IOException {
        var first = rawGet("/nl/?q=%zz");
        var second = rawGet("/nl/?q=%zz");

        assertThat(first).startsWith("HTTP/1.1 400").doesNotContainIgnoringCase("Set-Cookie");
        assertThat(body(second)).isEqualTo(body(first));
    }

    @Test
    void aVisitorWhoHasTheCopyAlreadyIsToldItIsStillCurrent() {
        var first = get("/nl/", Map.of());
        var etag = first.headers().firstValue("ETag").orElseThrow();
        var lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        assertThat(get("/nl/", Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
        assertThat(get("/nl/", Map.of("If-None-Match", "\"something-else\", " + etag))
                        .statusCode())
                .isEqualTo(304);
        assertThat(get("/nl/", Map.of("If-Modified-Since", lastModified)).statusCode())
                .isEqualTo(304);
        assertThat(get("/nl/", Map.of("If-None-Match", "\"something-else\"")).statusCode())
                .isEqualTo(200);
        assertThat(get("/nl/", Map.of("If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void theCopyIsGzippedForClientsThatAcceptIt() throws IOException {
        var plain = get("/nl/", Map.of());
        var gzipped = get("/nl/", Map.of("Accept-Encoding", "br, gzip;q=0.8"));
        var refused = get("/nl/", Map.of("Accept-Encoding", "gzip;q=0, br"));

        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
        try (var unzipped = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(unzipped.readAllBytes()).isEqualTo(plain.body());
        }
        assertThat(gzipped.headers().firstValue("ETag"))
                .isEqualTo(plain.headers().firstValue("ETag"));
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.headers().firstValue("Vary")).hasValue("Accept-Encoding");
    }

    @Test
    void publishingEditingAndArchivingShowToTheNextVisitor() {
        var slug = "cache-test-" + UUID.randomUUID().toString().substring(0, 8);
        var path = "/en/news/" + slug;
        var oldNews = "/en/?before=2001-02-01.1";
        assertThat(get(path, Map.of()).statusCode()).isEqualTo(404);
        assertThat(cardTitles(oldNews)).doesNotContain("Cached for everyone");

        var published = editorial.save(article(slug, "Cached for everyone", PublicationStatus.PUBLISHED));
        try {
            assertThat(titleOf(path)).isEqualTo("Cached for everyone");
            assertThat(cardTitles(oldNews)).startsWith("Cached for everyone");

            var edited =
                    editorial.save(withVersion(published, slug, "Edited for everyone", PublicationStatus.PUBLISHED));
            assertThat(titleOf(path)).isEqualTo("Edited for everyone");

            editorial.save(withVersion(edited, slug, "Edited for everyone", PublicationStatus.ARCHIVED));
            assertThat(get(path, Map.of()).statusCode()).isEqualTo(404);
        } finally {
            var latest = editorial.load(published.articleId()).orElseThrow();
            editorial.delete(latest.articleId(), latest.version());
        }
    }

    @Test
    void deletingShowsToTheNextVisitor() {
        var slug = "cache-test-" + UUID.randomUUID().toString().substring(0, 8);
        var published = editorial.save(article(slug, "Soon gone", PublicationStatus.PUBLISHED));
        assertThat(titleOf("/en/news/" + slug)).isEqualTo("Soon gone");

        editorial.delete(published.articleId(), published.version());

        assertThat(get("/en/news/" + slug, Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void aScheduleGoingLiveShowsToTheNextVisitor() {
        var slug = "cache-test-" + UUID.randomUUID().toString().substring(0, 8);
        var scheduled = new VersionDraft(
                "Due now",
                slug,
                "A teaser.",
                "A body.",
                PublicationStatus.SCHEDULED,
                Instant.now().plus(Duration.ofMinutes(5)));
        var saved =
                editorial.save(new ArticleDraft(null, 0, null, LONG_AGO, Map.of(Language.EN, scheduled), null, null));
        try {
            assertThat(get("/en/news/" + slug, Map.of()).statusCode()).isEqualTo(404);
            dsl.update(ARTICLE_TRANSLATION)
                    .set(ARTICLE_TRANSLATION.PUBLISH_AT, Instant.now().minus(Duration.ofMinutes(1)))
                    .where(ARTICLE_TRANSLATION.ARTICLE_ID.eq(saved.articleId()))
                    .execute();

            assertThat(publisher.publishDue()).isEqualTo(1);

            assertThat(titleOf("/en/news/" + slug)).isEqualTo("Due now");
        } finally {
            var latest = editorial.load(saved.articleId()).orElseThrow();
            editorial.delete(latest.articleId(), latest.version());
        }
    }

    @Test
    void aThemeChangeShowsToTheNextVisitor() {
        var theme = themeAdministration.byId(story.themeId()).orElseThrow();
        var english = theme.names().get(Language.EN);
        assertThat(titleOf(themePage)).isEqualTo(english.name());
        assertThat(text(get("/en/themes/", Map.of()))).contains(english.name());
        try {
            themeAdministration.save(withEnglishName(theme, "Against trafficking in human beings"));

            assertThat(titleOf(themePage)).isEqualTo("Against trafficking in human beings");
            assertThat(text(get("/en/themes/", Map.of()))).contains("Against trafficking in human beings");
        } finally {
            themeAdministration.save(theme);
        }
    }

    @Test
    void aTimelineChangeShowsToTheNextVisitor() {
        var themeId = story.themeId();
        var text = "Cache test entry " + UUID.randomUUID();
        assertThat(text(get(themePage, Map.of()))).doesNotContain(text);

        var entry =
                timeline.save(new TimelineEntryDraft(null, 0, themeId, 2024, null, Map.of(Language.EN, text), null));
        try {
            assertThat(text(get(themePage, Map.of()))).contains(text);
        } finally {
            timeline.delete(entry.id(), entry.version());
        }
        assertThat(text(get(themePage, Map.of()))).doesNotContain(text);
    }

    /** Another instance changes the content and raises the counter in its transaction; this one follows. */
    @Test
    void aChangeMadeByAnotherInstanceShowsWithinASecond() throws InterruptedException {
        var themeId = story.themeId();
        var name = titleOf(themePage);
        try {
            dsl.update(THEME_TRANSLATION)
                    .set(THEME_TRANSLATION.NAME, "Renamed elsewhere")
                    .where(THEME_TRANSLATION.THEME_ID.eq(themeId).and(THEME_TRANSLATION.LANG.eq(Language.EN)))
                    .execute();
            assertThat(titleOf(themePage))
                    .as("kept: nothing told this instance")
                    .isEqualTo(name);

            dsl.update(CONTENT_CHANGE)
                    .set(CONTENT_CHANGE.VERSION, CONTENT_CHANGE.VERSION.plus(1))
                    .execute();

            assertThat(titleWithinASecond(themePage, "Renamed elsewhere")).isEqualTo("Renamed elsewhere");
        } finally {
            dsl.update(THEME_TRANSLATION)
                    .set(THEME_TRANSLATION.NAME, name)
                    .where(THEME_TRANSLATION.THEME_ID.eq(themeId).and(THEME_TRANSLATION.LANG.eq(Language.EN)))
                    .execute();
            dsl.update(CONTENT_CHANGE)
                    .set(CONTENT_CHANGE.VERSION, CONTENT_CHANGE.VERSION.plus(1))
                    .execute();
            assertThat(titleWithinASecond(themePage, name)).isEqualTo(name);
        }
    }

    /** The page's title once it is the expected one, or as it is after a second. */
    private String titleWithinASecond(String path, String expected) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        var title = titleOf(path);
        while (!title.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            title = titleOf(path);
        }
        return title;
    }

    private static ArticleDraft article(String slug, String title, PublicationStatus status) {
        return new ArticleDraft(null, 0, null, LONG_AGO, Map.of(Language.EN, version(slug, title, status)), null, null);
    }

    private static ArticleDraft withVersion(ArticleDraft saved, String slug, String title, PublicationStatus status) {
        return new ArticleDraft(
                saved.articleId(),
                saved.version(),
                saved.themeId(),
                saved.publicationDate(),
                Map.of(Language.EN, version(slug, title, status)),
                saved.updatedBy(),
                saved.heroImage());
    }

    private static VersionDraft version(String slug, String title, PublicationStatus status) {
        return new VersionDraft(title, slug, "A teaser.", "A body.", status, null);
    }

    private static ThemeDraft withEnglishName(ThemeDraft theme, String name) {
        var names = new EnumMap<>(theme.names());
        var english = names.get(Language.EN);
        names.put(Language.EN, new ThemeNames(name, english.slug(), english.description()));
        return new ThemeDraft(theme.themeId(), names);
    }

    private String titleOf(String path) {
        return Jsoup.parse(text(get(path, Map.of()))).select("#prerender h1").text();
    }

    private List<String> cardTitles(String path) {
        return Jsoup.parse(text(get(path, Map.of())))
                .select("#prerender .news-card-title a")
                .eachText();
    }

    private HttpResponse<byte[]> get(String path, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** Java's HTTP client refuses to send a garbled address at all. */
    private String rawGet(String path) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                                    + "Connection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String body(String response) {
        return response.substring(response.indexOf("\r\n\r\n"));
    }
}
