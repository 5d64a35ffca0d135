package org.newsdesk.site.firstresponse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.i18n.I18NProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.ExtraNews;
import org.newsdesk.PublishedStory;
import org.newsdesk.SignedInEditor;
import org.newsdesk.SiteClient;
import org.newsdesk.article.ArticleCard;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.NewsPage;
import org.newsdesk.article.NewsQuery;
import org.newsdesk.base.Language;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.site.news.NewsGridContent;
import org.newsdesk.theme.ThemeAdministration;
import org.newsdesk.theme.TimelineEditing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.json.JsonMapper;

/** What crawlers, link previews and `curl` get before any script runs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirstResponseIT {

    /** Older than the other news, so that added articles come after it. */
    private static final LocalDate LONG_AGO = LocalDate.of(2001, 1, 31);

    @LocalServerPort
    int port;

    @Autowired
    ArticleService articles;

    @Autowired
    EditorialService editorial;

    @Autowired
    ThemeAdministration themeAdministration;

    @Autowired
    TimelineEditing timeline;

    @Autowired
    I18NProvider texts;

    private SiteClient site;

    /** A theme with a timeline and an article of the test's own, published in Dutch and French. */
    private PublishedStory story;

    /** German news of the test's own, for the German news grid. */
    private ExtraNews german;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
        story = PublishedStory.publish(editorial, themeAdministration, timeline, LocalDate.of(2021, 5, 3));
        german = SignedInEditor.during(() -> ExtraNews.publish(editorial, Language.DE, 2, LONG_AGO));
    }

    @AfterEach
    void removeStory() {
        story.close();
        SignedInEditor.during(() -> {
            german.close();
            return null;
        });
    }

    /** Sent over a plain socket: Java's HTTP client refuses to send such an address at all. */
    @Test
    void aGarbledAddressGetsAPageThatSaysSoInTheLanguageOfTheAddress() throws Exception {
        for (var garbled : List.of("/nl/?q=%zz", "/fr/?before=%ff", "/de/news/x?q=%C3")) {
            var language = garbled.substring(1, 3);
            try (var socket = new Socket("localhost", port)) {
                socket.getOutputStream()
                        .write(("GET " + garbled + " HTTP/1.1\r\nHost: localhost\r\n"
                                        + "Accept: text/html\r\nConnection: close\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                var response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

                assertThat(response)
                        .startsWith("HTTP/1.1 400")
                        .containsIgnoringCase("text/html;charset=UTF-8")
                        .doesNotContain("Whitelabel")
                        .doesNotContain("Exception");
                var page = Jsoup.parse(response.substring(response.indexOf("\r\n\r\n")));
                assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language);
                assertThat(page.select("h1").text())
                        .isEqualTo(texts.getTranslation(
                                "badAddress.title",
                                Language.fromCode(language).orElseThrow().locale()));
                assertThat(page.select("main a").attr("href")).isEqualTo("/" + language + "/");
            }
        }
    }

    @Test
    void articleComesWithItsContentAndEveryHeadTagSharingNeeds() {
        var french = story.slug(Language.FR);
        var page = articles.readable(Language.FR, french).orElseThrow();
        var url = site.root() + "/fr/news/" + french;

        var response = site.get("/fr/news/" + french);

        assertThat(response.statusCode()).isEqualTo(200);
        var html = Jsoup.parse(response.body());
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(html.title()).startsWith(page.title());
        assertThat(html.select("meta[name=description]").attr("content")).isEqualTo(page.teaser());
        assertThat(html.select("link[rel=canonical]").attr("href")).isEqualTo(url);
        page.translations()
                .forEach((language, slug) -> assertThat(
                                html.select("link[rel=alternate][hreflang=" + language.code() + "]")
                                        .attr("href"))
                        .isEqualTo(site.root() + "/" + language.code() + "/news/" + slug));
        assertThat(html.select("meta[property=og:title]").attr("content")).isEqualTo(page.title());
        assertThat(html.select("meta[property=og:url]").attr("content")).isEqualTo(url);
        assertThat(html.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        var jsonLd = JsonMapper.builder()
                .build()
                .readTree(html.selectFirst("script[type=application/ld+json]").data());
        assertThat(jsonLd.get("@type").asString()).isEqualTo("NewsArticle");
        assertThat(jsonLd.get("headline").asString()).isEqualTo(page.title());
        assertThat(jsonLd.get("datePublished").asString())
                .startsWith(page.publicationDate().toString());
        assertThat(html.select("#prerender h1").text()).isEqualTo(page.title());
        assertThat(html.select("#prerender .article-body").text())
                .isEqualTo(Jsoup.parseBodyFragment(page.bodyHtml()).text());
        assertThat(html.select("#prerender .timeline-year-label").eachText()).contains("En 2021", "En 2016");
    }

    @Test
    void newsGridComesWithItsFirstPageOfTitlesAndLinks() {
        var expected = articles.latest(Language.DE, NewsGridContent.PAGE_SIZE);

        var html = Jsoup.parse(site.get("/de/").body());

        assertThat(expected).isNotEmpty();
        assertThat(html.select("#prerender .news-card-title a").eachText())
                .containsExactlyElementsOf(
                        expected.stream().map(ArticleCard::title).toList());
        assertThat(html.select("#prerender .news-card-title a").eachAttr("href"))
                .containsExactlyElementsOf(
                        expected.stream().map(card -> "de/news/" + card.slug()).toList());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void theFirstPageLinksToTheNextWhichShowsTheNextCardsAndIsNotIndexed() {
        try (var ignored = ExtraNews.publish(editorial, Language.EN, 2 * NewsGridContent.PAGE_SIZE + 1, LONG_AGO)) {
            var all = titles(articles.news(Language.EN, NewsQuery.EVERYTHING, null, 3 * NewsGridContent.PAGE_SIZE));
            assertThat(all).hasSizeGreaterThan(2 * NewsGridContent.PAGE_SIZE);

            var first = firstResponse("/en/");

            assertThat(first.select("meta[name=robots]")).isEmpty();
            assertThat(cardTitles(first)).containsExactlyElementsOf(all.subList(0, NewsGridContent.PAGE_SIZE));
            var next = first.select("#prerender a[rel=next]");
            assertThat(next.text()).isEqualTo("More news");
            assertThat(next.attr("href")).matches("en/\\?before=\\d{4}-\\d{2}-\\d{2}\\.\\d+");

            var second = firstResponse(path(next.first()));

            assertThat(cardTitles(second))
                    .containsExactlyElementsOf(all.subList(NewsGridContent.PAGE_SIZE, 2 * NewsGridContent.PAGE_SIZE));
            assertThat(second.select("meta[name=robots]").attr("content")).isEqualTo("noindex, follow");
            assertThat(second.select("link[rel=canonical]").attr("href")).isEqualTo(site.root() + "/en/");
            assertThat(second.select("#prerender a.back-link").eachAttr("href")).containsExactly("en/");
            assertThat(second.select("#prerender a.back-link").text()).isEqualTo("Back to the newest news");

            var third = firstResponse(path(second.selectFirst("#prerender a[rel=next]")));

            assertThat(cardTitles(third))
                    .containsExactlyElementsOf(all.subList(
                            2 * NewsGridContent.PAGE_SIZE, Math.min(all.size(), 3 * NewsGridContent.PAGE_SIZE)));
        }
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aSearchComesWithTheFormTheMatchingCardsAndAnAddressForTheirNextPage() {
        var themeSlug = story.themeSlug(Language.NL);
        try (var ignored = ExtraNews.publishUnder(editorial, story.themeId(), Language.NL, 3, LONG_AGO)) {
            var query = new NewsQuery("extra", story.themeId(), null);
            var all = titles(articles.news(Language.NL, query, null, ArticleService.MAX_PAGE_SIZE));
            assertThat(all).hasSizeGreaterThan(1);
            var afterFirst = articles.news(Language.NL, query, null, 1).next().orElseThrow();
            var address = "/nl/?q=extra&theme=" + themeSlug;

            var html = firstResponse(address);

            assertThat(html.select("#prerender h1").text()).isEqualTo("Zoekresultaten voor “extra”");
            var form = html.select("#prerender form.news-filters");
            assertThat(form.select("input[name=q]").attr("value")).isEqualTo("extra");
            assertThat(form.select("select[name=theme] option[selected]").attr("value"))
                    .isEqualTo(themeSlug);
            assertThat(form.select("label").eachAttr("for"))
                    .allSatisfy(id -> assertThat(html.getElementById(id)).isNotNull());
            assertThat(cardTitles(html))
                    .containsExactlyElementsOf(all.subList(0, Math.min(all.size(), NewsGridContent.PAGE_SIZE)));

            var later =
                    firstResponse(address + "&before=" + afterFirst.publicationDate() + "." + afterFirst.articleId());

            assertThat(cardTitles(later))
                    .containsExactlyElementsOf(all.subList(1, Math.min(all.size(), 1 + NewsGridContent.PAGE_SIZE)));
            assertThat(later.select("#prerender a.back-link").eachAttr("href")).containsExactly(address.substring(1));
        }
    }

    @Test
    void aFilterWithoutMatchesSaysSoUnderTheForm() {
        var html = firstResponse("/fr/?q=qwxyzzy&year=2021");

        assertThat(html.select("#prerender form.news-filters input[name=q]").attr("value"))
                .isEqualTo("qwxyzzy");
        assertThat(html.select("#prerender .news-page > p").text())
                .isEqualTo("Aucune actualité ne correspond à votre recherche ou à vos filtres.");
        assertThat(cardTitles(html)).isEmpty();
        assertThat(html.select("#prerender a[rel=next]")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "garbage",
                "2021-02-30.12",
                "0999-12-31.12",
                "2021-05-03.0",
                "2021-05-03",
                "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "2021-05-03.99999999999999999999",
                ""
            })
    void aBeforeThatIsNoPlaceInTheNewsGivesTheFirstPage(String before) {
        var newest = titles(articles.news(Language.DE, NewsQuery.EVERYTHING, null, NewsGridContent.PAGE_SIZE));

        var response = site.get("/de/?before=" + before);

        assertThat(response.statusCode()).isEqualTo(200);
        var html = Jsoup.parse(response.body(), site.root() + "/de/");
        assertThat(cardTitles(html)).containsExactlyElementsOf(newest);
        assertThat(html.select("meta[name=robots]")).isEmpty();
        assertThat(html.select("#prerender a.back-link")).isEmpty();
        assertThat(response.body()).doesNotContain("<script>alert");
    }

    @Test
    void unknownOrUnpublishedArticleAnswers404WithAFriendlyPage() {
        var response = site.get("/nl/news/deze-pagina-bestaat-niet");

        assertThat(response.statusCode()).isEqualTo(404);
        var html = Jsoup.parse(response.body());
        assertThat(html.select("#prerender h1").text()).isEqualTo("Pagina niet gevonden");
        assertThat(html.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/foo", "/nl/onbekend/adres", "/fr/news/a/b", "/wp-login.php"})
    void addressesThatAreNoPageAnswer404NotTheSignInPage(String path) {
        var response = site.get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(response.body()).select("meta[name=robots]").attr("content"))
                .isEqualTo("noindex");
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aDraftsStaffPreviewShowsVisitorsNothingOfIt() {
        try (var draft = ExtraNews.drafts(editorial, Language.NL, 1, LONG_AGO)) {
            var response = site.get("/nl/preview/" + draft.ids().getFirst());

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).doesNotContain("Extra news").doesNotContain(draft.slugs());
            assertThat(Jsoup.parse(response.body()).select("#prerender h1").text())
                    .isEqualTo("Pagina niet gevonden");
        }
    }

    @Test
    void theBackOfficeStillSendsVisitorsToSignIn() {
        var response = site.get("/admin/themes");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void slugsMatchExactlyNotIgnoringCase() {
        var slug = story.slug(Language.NL);

        assertThat(site.get("/nl/news/" + slug).statusCode()).isEqualTo(200);
        assertThat(site.get("/nl/news/" + slug.toUpperCase()).statusCode()).isEqualTo(404);
    }

    /** The first response as a crawler reads it: links resolve against the page's base address. */
    private Document firstResponse(String path) {
        var response = site.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body(), site.root() + path);
    }

    private String path(Element link) {
        var address = link.absUrl("href");
        assertThat(address).startsWith(site.root() + "/");
        return address.substring(site.root().length());
    }

    private static List<String> cardTitles(Document html) {
        return html.select("#prerender .news-card-title a").eachText();
    }

    private static List<String> titles(NewsPage page) {
        return page.cards().stream().map(ArticleCard::title).toList();
    }
}
