package org.newsdesk.site.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.ExtraNews;
import org.newsdesk.PublishedStory;
import org.newsdesk.SignedInEditor;
import org.newsdesk.SiteClient;
import org.newsdesk.article.ArticleService;
import org.newsdesk.base.Language;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.theme.ThemeAdministration;
import org.newsdesk.theme.TimelineEditing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * The sitemap as a crawler reads it over HTTP, in a real MariaDB, with a theme, an article in two languages and a
 * draft of the test's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SitemapEndpointIT {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    @LocalServerPort
    int port;

    @Autowired
    ArticleService articles;

    @Autowired
    EditorialService editorial;

    @Autowired
    ThemeAdministration themes;

    @Autowired
    TimelineEditing timeline;

    PublishedStory story;
    ExtraNews draft;
    SiteClient site;
    List<String> files;
    String body;
    List<Url> urls;

    @BeforeAll
    void readEverySitemapTheIndexLists() throws Exception {
        story = PublishedStory.publish(editorial, themes, timeline, LocalDate.of(2021, 5, 3));
        draft = SignedInEditor.during(() -> ExtraNews.drafts(editorial, Language.NL, 1, LocalDate.of(2021, 5, 4)));
        site = new SiteClient(port);
        files = locations(fetch("/sitemap.xml"), "sitemapindex", "sitemap");
        body = "";
        urls = new ArrayList<>();
        for (var file : files) {
            if (!file.endsWith("/news.xml")) {
                var xml = fetch(file.substring(site.root().length()));
                body += xml;
                urls.addAll(parse(xml));
            }
        }
    }

    @AfterAll
    void removeStoryAndDraft() {
        story.close();
        SignedInEditor.during(() -> {
            draft.close();
            return null;
        });
    }

    @Test
    void theIndexListsThePagesEachFileOfArticlesAndTheNews() {
        assertThat(files)
                .containsExactly(
                        site.root() + "/sitemaps/pages.xml",
                        site.root() + "/sitemaps/articles-1.xml",
                        site.root() + "/sitemaps/news.xml");
        assertThat(site.get("/sitemaps/articles-2.xml").statusCode())
                .as("no such file")
                .isEqualTo(404);
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void theNewsSitemapListsWhatWasPublishedTodayAsSoonAsItIs() throws Exception {
        assertThat(fetch("/sitemaps/news.xml")).doesNotContain("extra-news-");

        try (var ignored = ExtraNews.publish(editorial, Language.EN, 1, LocalDate.now(ZoneId.of("Europe/Brussels")))) {
            var news = fetch("/sitemaps/news.xml");
            assertThat(locations(news, "urlset", "url")).anyMatch(loc -> loc.contains("/en/news/extra-news-"));
            assertThat(news).contains("<news:language>en</news:language>", "<news:title>Extra news ");
        }
        assertThat(fetch("/sitemaps/news.xml")).as("gone again once deleted").doesNotContain("extra-news-");
    }

    private String fetch(String path) {
        var response = site.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml;charset=UTF-8");
        return response.body();
    }

    private static List<String> locations(String xml, String root, String entry) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo(root);
        var found = new ArrayList<String>();
        var entries = document.getElementsByTagNameNS(SITEMAP, entry);
        for (int i = 0; i < entries.getLength(); i++) {
            found.add(text((Element) entries.item(i), "loc"));
        }
        return found;
    }

    @Test
    void listsEveryPublishedArticleVersionOnceWithItsPublishedTranslationsAsAlternates() {
        var expected = new HashMap<String, Map<String, String>>();
        for (var language : Language.values()) {
            for (var card : articles.latest(language, 100)) {
                var page = articles.readable(language, card.slug()).orElseThrow();
                var alternates = new HashMap<String, String>();
                page.translations()
                        .forEach((translation, slug) -> alternates.put(
                                translation.code(), site.root() + "/" + translation.code() + "/news/" + slug));
                alternates.put(language.code(), site.root() + "/" + language.code() + "/news/" + card.slug());
                expected.put(site.root() + "/" + language.code() + "/news/" + card.slug(), alternates);
            }
        }

        var articleUrls =
                urls.stream().filter(url -> url.loc().contains("/news/")).toList();

        assertThat(articleUrls)
                .extracting(Url::loc)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(articleUrls).allSatisfy(url -> {
            assertThat(url.alternates()).as(url.loc()).isEqualTo(expected.get(url.loc()));
            assertThat(url.lastmod()).as(url.loc()).matches("\\d{4}-\\d{2}-\\d{2}");
        });
    }

    @Test
    void leavesOutDrafts() {
        assertThat(draft.slugs()).isNotEmpty();
        assertThat(body).contains(story.slug(Language.NL)).doesNotContain(draft.slugs());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "themes/"})
    void listsTheNewsAndTheThemesIndexOfEveryLanguageWithEachOtherAsAlternates(String page) {
        var allLanguages = new HashMap<String, String>();
        for (var language : Language.values()) {
            allLanguages.put(language.code(), site.root() + "/" + language.code() + "/" + page);
        }

        assertThat(urls)
                .filteredOn(url -> allLanguages.containsValue(url.loc()))
                .hasSize(Language.values().length)
                .allSatisfy(url -> assertThat(url.alternates()).isEqualTo(allLanguages));
    }

    @Test
    void listsThemePagesWithTheirTranslations() {
        var themePage = site.root() + "/en/themes/" + story.themeSlug(Language.EN);
        var theme = urls.stream()
                .filter(url -> url.loc().equals(themePage))
                .findFirst()
                .orElseThrow();

        var everyLanguage = new HashMap<String, String>();
        for (var language : Language.values()) {
            everyLanguage.put(
                    language.code(), site.root() + "/" + language.code() + "/themes/" + story.themeSlug(language));
        }
        assertThat(theme.alternates()).isEqualTo(everyLanguage);
    }

    private static List<Url> parse(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP);
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("urlset");
        var urls = new ArrayList<Url>();
        var urlElements = document.getElementsByTagNameNS(SITEMAP, "url");
        for (int i = 0; i < urlElements.getLength(); i++) {
            var url = (Element) urlElements.item(i);
            var alternates = new LinkedHashMap<String, String>();
            var links = url.getElementsByTagNameNS(XHTML, "link");
            for (int j = 0; j < links.getLength(); j++) {
                var link = (Element) links.item(j);
                assertThat(link.getAttribute("rel")).isEqualTo("alternate");
                alternates.put(link.getAttribute("hreflang"), link.getAttribute("href"));
            }
            urls.add(new Url(text(url, "loc"), text(url, "lastmod"), alternates));
        }
        return urls;
    }

    private static String text(Element parent, String name) {
        var elements = parent.getElementsByTagNameNS(SITEMAP, name);
        return elements.getLength() == 0 ? null : elements.item(0).getTextContent();
    }

    record Url(String loc, String lastmod, Map<String, String> alternates) {}
}
