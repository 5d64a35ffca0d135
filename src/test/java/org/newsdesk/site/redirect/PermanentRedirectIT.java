package org.newsdesk.site.redirect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.SiteClient;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.VersionDraft;
import org.newsdesk.redirect.LegacyRedirect;
import org.newsdesk.redirect.LegacyRedirects;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;

/** What a crawler gets at moved addresses, old paths and articles missing in a language: plain HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithMockUser(username = "eva", roles = "EDITOR") // for the fixtures; the HTTP requests are anonymous
class PermanentRedirectIT {

    @LocalServerPort
    int port;

    @Autowired
    EditorialService editorial;

    @Autowired
    LegacyRedirects redirects;

    private final String test = UUID.randomUUID().toString().substring(0, 8);
    private SiteClient site;
    private ArticleDraft article;
    private LegacyRedirect legacy;

    @BeforeEach
    void publishARenamedArticleAndAnOldPath() {
        site = new SiteClient(port);
        var versions = new EnumMap<Language, VersionDraft>(Language.class);
        versions.put(Language.NL, version("Oude titel", "oude-titel-" + test));
        versions.put(Language.EN, version("English title", "english-title-" + test));
        article = editorial.save(new ArticleDraft(null, 0, null, LocalDate.of(2001, 1, 2), versions, null, null));
        versions.put(Language.NL, version("Nieuwe titel", "nieuwe-titel-" + test));
        article = editorial.save(new ArticleDraft(
                article.articleId(), article.version(), null, article.publicationDate(), versions, null, null));
        legacy = redirects.add("/nieuws/2019/bericht-" + test + ".html", "/nl/news/oude-titel-" + test);
    }

    @AfterEach
    void removeThem() {
        redirects.remove(legacy.id());
        editorial.delete(article.articleId(), article.version());
    }

    @Test
    void anOldSlugAnswers301ToTheCurrentOneAlsoForHead() {
        for (var response :
                new HttpResponse<?>[] {site.get("/nl/news/oude-titel-" + test), site.head("/nl/news/oude-titel-" + test)
                }) {
            assertThat(response.statusCode()).isEqualTo(301);
            assertThat(response.headers().firstValue("Location")).contains("/nl/news/nieuwe-titel-" + test);
            assertThat(response.headers().firstValue("Cache-Control").orElseThrow())
                    .startsWith("public, max-age=");
            assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        }
        assertThat(site.get("/nl/news/nieuwe-titel-" + test).statusCode()).isEqualTo(200);
    }

    @Test
    void anotherLanguagesSlugAnswers301ToThisLanguagesVersion() {
        var response = site.get("/en/news/nieuwe-titel-" + test);

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).contains("/en/news/english-title-" + test);
    }

    @Test
    void anArticleMissingInTheLanguageAnswers404WithThePageOfTheLanguagesItHas() {
        var response = site.get("/fr/news/nieuwe-titel-" + test);

        assertThat(response.statusCode()).isEqualTo(404);
        var page = Jsoup.parse(response.body());
        assertThat(page.select("html").attr("lang")).isEqualTo("fr");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        var notice = page.selectFirst("#prerender .site-main .not-found");
        assertThat(notice.selectFirst("h1").text()).isEqualTo("Cet article n'existe pas en français");
        var links = notice.select(".available-languages a");
        assertThat(links.eachAttr("hreflang")).containsExactly("nl", "en");
        assertThat(links.eachAttr("lang")).containsExactly("nl", "en");
        assertThat(links.eachAttr("href"))
                .containsExactly("nl/news/nieuwe-titel-" + test, "en/news/english-title-" + test);
        assertThat(links.eachText()).containsExactly("Lees het in het Nederlands", "Read it in English");
        // The language switch leads to the versions there are.
        assertThat(page.select("#prerender .language-switch a[hreflang=nl]").attr("href"))
                .isEqualTo("nl/news/nieuwe-titel-" + test);
        // An old slug in a language the article lacks gets the same page.
        assertThat(site.get("/de/news/oude-titel-" + test).statusCode()).isEqualTo(404);
    }

    @Test
    void aLegacyPathAnswers301ToItsArticlesCurrentAddressAndUnknownPathsStill404() {
        for (var response : new HttpResponse<?>[] {
            site.get("/nieuws/2019/bericht-" + test + ".html"), site.head("/nieuws/2019/bericht-" + test + ".html")
        }) {
            assertThat(response.statusCode()).isEqualTo(301);
            assertThat(response.headers().firstValue("Location")).contains("/nl/news/nieuwe-titel-" + test);
        }
        assertThat(site.get("/nieuws/2019/ander-" + test + ".html").statusCode())
                .isEqualTo(404);
        assertThat(site.get("/nieuws/ander-" + test).statusCode()).isEqualTo(404);
        assertThat(site.get("/nl/news/nooit-" + test).statusCode()).isEqualTo(404);
    }

    @Test
    void aLegacyPathThatLooksLikeAPageIsRedirectedAndForgottenWhenRemoved() {
        // Its 404 first response is cached: adding the redirect must forget it.
        assertThat(site.get("/oude-site/pagina-" + test).statusCode()).isEqualTo(404);
        var page = redirects.add("/oude-site/pagina-" + test, "/nl/");
        try {
            var response = site.get("/oude-site/pagina-" + test);

            assertThat(response.statusCode()).isEqualTo(301);
            assertThat(response.headers().firstValue("Location")).contains("/nl/");
        } finally {
            redirects.remove(page.id());
        }
        assertThat(site.get("/oude-site/pagina-" + test).statusCode()).isEqualTo(404);
    }

    private static VersionDraft version(String title, String slug) {
        return new VersionDraft(title, slug, "Teaser", "Body", PublicationStatus.PUBLISHED, null);
    }
}
