package org.newsdesk.article.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.SiteClient;
import org.newsdesk.article.ArticleCard;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.NewsQuery;
import org.newsdesk.base.Language;
import org.newsdesk.theme.ThemeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** What crawlers, link previews and `curl` get before any script runs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirstResponseIT {

    @LocalServerPort
    int port;
    @Autowired
    ArticleService articles;
    @Autowired
    ThemeService themes;

    private SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
    }

    @Test
    void articleComesWithItsContentAndEveryHeadTagSharingNeeds() {
        var trafficking = themes.bySlug(Language.FR, "traite-des-etres-humains").orElseThrow().id();
        var card = articles.news(Language.FR, new NewsQuery("", trafficking, 2021), null, 1).cards().getFirst();
        var page = articles.published(Language.FR, card.slug()).orElseThrow();
        var url = site.root() + "/fr/news/" + card.slug();

        var response = site.get("/fr/news/" + card.slug());

        assertThat(response.statusCode()).isEqualTo(200);
        var html = Jsoup.parse(response.body());
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(html.title()).startsWith(page.title());
        assertThat(html.select("meta[name=description]").attr("content")).isEqualTo(page.teaser());
        assertThat(html.select("link[rel=canonical]").attr("href")).isEqualTo(url);
        page.translations().forEach((language, slug) -> assertThat(
                html.select("link[rel=alternate][hreflang=" + language.code() + "]").attr("href"))
                .isEqualTo(site.root() + "/" + language.code() + "/news/" + slug));
        assertThat(html.select("meta[property=og:title]").attr("content")).isEqualTo(page.title());
        assertThat(html.select("meta[property=og:url]").attr("content")).isEqualTo(url);
        assertThat(html.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        var jsonLd = JsonMapper.builder().build()
                .readTree(html.selectFirst("script[type=application/ld+json]").data());
        assertThat(jsonLd.get("@type").asString()).isEqualTo("NewsArticle");
        assertThat(jsonLd.get("headline").asString()).isEqualTo(page.title());
        assertThat(jsonLd.get("datePublished").asString()).startsWith(page.publicationDate().toString());
        assertThat(html.select("#prerender h1").text()).isEqualTo(page.title());
        assertThat(html.select("#prerender .article-body").text())
                .isEqualTo(Jsoup.parseBodyFragment(page.bodyHtml()).text());
        assertThat(html.select("#prerender .timeline-year-label").eachText()).contains("En 2021", "En 2016");
    }

    @Test
    void newsGridComesWithItsFirstPageOfTitlesAndLinks() {
        var expected = articles.latest(Language.DE, NewsGridView.PAGE_SIZE);

        var html = Jsoup.parse(site.get("/de/").body());

        assertThat(html.select("#prerender .news-card-title a").eachText())
                .containsExactlyElementsOf(expected.stream().map(ArticleCard::title).toList());
        assertThat(html.select("#prerender .news-card-title a").eachAttr("href"))
                .containsExactlyElementsOf(expected.stream().map(card -> "de/news/" + card.slug()).toList());
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
        assertThat(Jsoup.parse(response.body()).select("meta[name=robots]").attr("content")).isEqualTo("noindex");
    }

    @Test
    void aDraftsStaffPreviewShowsVisitorsNothingOfIt() {
        var response = site.get("/nl/preview/15");

        assertThat(response.body()).doesNotContain("brochure");
        assertThat(Jsoup.parse(response.body()).select("#prerender")).isEmpty();
    }

    @Test
    void theBackOfficeStillSendsVisitorsToSignIn() {
        var response = site.get("/admin/themes");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void slugsMatchExactlyNotIgnoringCase() {
        var slug = articles.latest(Language.NL, 1).getFirst().slug();

        assertThat(site.get("/nl/news/" + slug.toUpperCase()).statusCode()).isEqualTo(404);
    }
}
