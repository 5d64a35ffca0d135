package org.newsdesk.site.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.SiteClient;
import org.newsdesk.article.ArticleCard;
import org.newsdesk.article.ArticleService;
import org.newsdesk.base.Language;
import org.newsdesk.seo.FeedService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The RSS feeds as a feed reader gets them over HTTP, on the demo content in a real MariaDB. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeedEndpointIT {

    @LocalServerPort
    int port;

    @Autowired
    ArticleService articles;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void languageFeedCarriesTheNewestPublishedArticlesOfItsLanguageNewestFirst(Language language) {
        var expected = articles.latest(language, FeedService.FEED_SIZE);

        var channel = feed("/" + language.code() + "/feed.xml");

        assertThat(channel.getLanguage()).isEqualTo(language.code());
        assertThat(channel.getLink()).isEqualTo(site.root() + "/" + language.code() + "/");
        assertThat(channel.getItems())
                .hasSizeLessThanOrEqualTo(FeedService.FEED_SIZE)
                .hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertIsItemOf(channel.getItems().get(i), expected.get(i));
        }
    }

    @Test
    void channelTextsAreInTheFeedsLanguage() {
        var french = feed("/fr/feed.xml");
        var german = feed("/de/themes/mobilitaet/feed.xml");

        assertThat(french.getTitle()).isEqualTo("Newsdesk : actualités");
        assertThat(french.getDescription()).isEqualTo("Les dernières actualités publiées sur Newsdesk.");
        assertThat(german.getTitle()).isEqualTo("Newsdesk: Mobilität");
        assertThat(german.getDescription()).isEqualTo("Die neuesten Nachrichten auf Newsdesk zum Thema „Mobilität“.");
    }

    @Test
    void themeFeedCarriesOnlyTheArticlesOfThatTheme() {
        var expected = articles.latest(Language.FR, 100).stream()
                .filter(card -> "Mobilité".equals(card.themeName()))
                .toList();

        var channel = feed("/fr/themes/mobilite/feed.xml");

        assertThat(channel.getLink()).isEqualTo(site.root() + "/fr/themes/mobilite");
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
                "/en/themes/mobilite/feed.xml",
                "/fr/themes/MOBILITE/feed.xml",
                "/fr/themes/mobilit%C3%A9/feed.xml",
                "/en/themes/%3Cscript%3Ealert(1)%3C-script%3E/feed.xml",
                "/xx/themes/mobility/feed.xml"
            })
    void unknownLanguageOrThemeIsNotFound(String path) {
        var response = site.get(path);

        assertThat(response.statusCode()).isEqualTo(404);
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
        assertThat(item.getDescription().getValue()).isEqualTo(card.teaser());
        assertThat(item.getCategories())
                .extracting(Category::getValue)
                .isEqualTo(card.themeName() == null ? List.of() : List.of(card.themeName()));
    }
}
