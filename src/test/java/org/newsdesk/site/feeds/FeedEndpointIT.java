package org.newsdesk.site.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.ExtraNews;
import org.newsdesk.PublishedStory;
import org.newsdesk.SignedInEditor;
import org.newsdesk.SiteClient;
import org.newsdesk.article.ArticleCard;
import org.newsdesk.article.ArticleService;
import org.newsdesk.base.Language;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.seo.FeedService;
import org.newsdesk.theme.ThemeAdministration;
import org.newsdesk.theme.TimelineEditing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The RSS feeds as a feed reader gets them over HTTP, in a real MariaDB, with a theme and an article of the test's
 * own (published today in Dutch and French), and an article of its own in every language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeedEndpointIT {

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

    SiteClient site;
    PublishedStory story;
    /** An article of the test's own in every language, so that every feed has one. */
    List<ExtraNews> everyLanguage;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
        story = PublishedStory.publish(editorial, themes, timeline, LocalDate.now());
        everyLanguage = SignedInEditor.during(() -> Arrays.stream(Language.values())
                .map(language -> ExtraNews.publish(editorial, language, 1, LocalDate.now()))
                .toList());
    }

    @AfterEach
    void removeStory() {
        story.close();
        SignedInEditor.during(() -> {
            everyLanguage.forEach(ExtraNews::close);
            return null;
        });
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void languageFeedCarriesTheNewestPublishedArticlesOfItsLanguageNewestFirst(Language language) {
        var expected = articles.latest(language, FeedService.FEED_SIZE);

        var channel = feed("/" + language.code() + "/feed.xml");

        assertThat(channel.getLanguage()).isEqualTo(language.code());
        assertThat(channel.getLink()).isEqualTo(site.root() + "/" + language.code() + "/");
        assertThat(channel.getItems())
                .isNotEmpty()
                .hasSizeLessThanOrEqualTo(FeedService.FEED_SIZE)
                .hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertIsItemOf(channel.getItems().get(i), expected.get(i));
        }
    }

    @Test
    void channelTextsAreInTheFeedsLanguage() {
        var french = feed("/fr/feed.xml");
        var german = feed("/de/themes/" + story.themeSlug(Language.DE) + "/feed.xml");
        var theme = story.themeName(Language.DE);

        assertThat(french.getTitle()).isEqualTo("Newsdesk : actualités");
        assertThat(french.getDescription()).isEqualTo("Les dernières actualités publiées sur Newsdesk.");
        assertThat(german.getTitle()).isEqualTo("Newsdesk: " + theme);
        assertThat(german.getDescription())
                .isEqualTo("Die neuesten Nachrichten auf Newsdesk zum Thema „" + theme + "“.");
    }

    @Test
    void themeFeedCarriesOnlyTheArticlesOfThatTheme() {
        var expected = articles.latest(Language.FR, 100).stream()
                .filter(card -> story.themeName(Language.FR).equals(card.themeName()))
                .toList();
        var slug = story.themeSlug(Language.FR);

        var channel = feed("/fr/themes/" + slug + "/feed.xml");

        assertThat(channel.getLink()).isEqualTo(site.root() + "/fr/themes/" + slug);
        assertThat(expected).isNotEmpty();
        assertThat(channel.getItems()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertIsItemOf(channel.getItems().get(i), expected.get(i));
        }
    }

    @Test
    void feedIsRssInUtf8AndMayBeCachedBriefly() {
        var response = site.get("/nl/feed.xml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/rss+xml;charset=UTF-8");
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(cacheControl -> assertThat(cacheControl).contains("max-age=600"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/xx/feed.xml",
                "/NL/feed.xml",
                "/en/themes/no-such-theme/feed.xml",
                "/en/themes/%3Cscript%3Ealert(1)%3C-script%3E/feed.xml"
            })
    void unknownLanguageOrThemeIsNotFound(String path) {
        assertIsNotFound(path);
    }

    /** A theme's slug in another language, in capitals, with an accent, or after an unknown language. */
    @ParameterizedTest
    @ValueSource(strings = {"another language", "capitals", "accent", "unknown language"})
    void aThemeSlugNotExactlyAsWrittenIsNotFound(String variant) {
        var french = story.themeSlug(Language.FR);
        assertIsNotFound(switch (variant) {
                    case "another language" -> "/en/themes/" + french;
                    case "capitals" -> "/fr/themes/" + french.toUpperCase();
                    case "accent" -> "/fr/themes/" + french.replace("theme", "th%C3%A8me");
                    default -> "/xx/themes/" + story.themeSlug(Language.EN);
                }
                + "/feed.xml");
    }

    private void assertIsNotFound(String path) {
        var response = site.get(path);

        assertThat(response.statusCode()).as(path).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Exception");
    }

    private Channel feed(String path) {
        var response = site.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        try {
            return (Channel) new WireFeedInput().build(new StringReader(response.body()));
        } catch (Exception unreadable) {
            throw new AssertionError("Not an RSS feed: " + path, unreadable);
        }
    }

    private void assertIsItemOf(Item item, ArticleCard card) {
        var articleUrl = site.root() + "/" + card.language().code() + "/news/" + card.slug();
        assertThat(item.getTitle()).isEqualTo(card.title());
        assertThat(item.getLink()).isEqualTo(articleUrl);
        assertThat(item.getGuid().getValue()).isEqualTo(articleUrl);
        assertThat(item.getGuid().isPermaLink()).isTrue();
        // The publication day begins at midnight in the site's zone (newsdesk.time-zone, by default Brussels).
        assertThat(item.getPubDate())
                .isEqualTo(Date.from(card.publicationDate()
                        .atStartOfDay(ZoneId.of("Europe/Brussels"))
                        .toInstant()));
        // Readers take the description for HTML: escaped, it shows the teaser as written.
        assertThat(Parser.unescapeEntities(item.getDescription().getValue(), false))
                .isEqualTo(card.teaser());
        assertThat(item.getCategories())
                .extracting(Category::getValue)
                .isEqualTo(card.themeName() == null ? List.of() : List.of(card.themeName()));
    }
}
