package org.newsdesk.site.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.UI;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.ExtraNews;
import org.newsdesk.PublishedStory;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.NewsQuery;
import org.newsdesk.base.Language;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.site.PublicPageTest;
import org.newsdesk.site.error.MissingLanguageView;
import org.newsdesk.site.error.NotFoundView;
import org.newsdesk.theme.ThemeAdministration;
import org.newsdesk.theme.TimelineEditing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The public article page as a visitor uses it, on an article of the test's own in a real MariaDB. */
class ArticleViewTest extends PublicPageTest {

    /** No other test publishes in this year: the story is the year's newest. */
    private static final LocalDate PUBLISHED = LocalDate.of(1987, 6, 15);

    @Autowired
    ArticleService articles;

    @Autowired
    EditorialService editorial;

    @Autowired
    ThemeAdministration themes;

    @Autowired
    TimelineEditing timeline;

    PublishedStory story;

    @BeforeEach
    void publishStory() {
        story = PublishedStory.publish(editorial, themes, timeline, PUBLISHED);
    }

    @AfterEach
    void removeStory() {
        story.close();
    }

    @Test
    void articlePageShowsTheArticleItsThemesTimelineAndItsTranslations() {
        var page = articles.readable(Language.NL, story.slug(Language.NL)).orElseThrow();

        navigate("nl/news/" + story.slug(Language.NL), ArticleView.class);

        var html = shownHtml();
        assertThat(Jsoup.parseBodyFragment(html).select("h1").text()).isEqualTo(story.title(Language.NL));
        assertThat(html)
                .contains(Jsoup.parse(page.bodyHtml())
                        .select("blockquote p")
                        .first()
                        .html())
                .contains(PublishedStory.QUOTE);
        var years = Jsoup.parseBodyFragment(html).select(".timeline-year-label").eachText();
        assertThat(years).startsWith("In 2021").contains("In 2016").isSortedAccordingTo((a, b) -> b.compareTo(a));
        var switchLinks = Jsoup.parseBodyFragment(shownHtml())
                .select(".language-switch a")
                .eachAttr("href");
        assertThat(page.translations()).containsEntry(Language.FR, story.slug(Language.FR));
        page.translations()
                .forEach((language, slug) -> assertThat(switchLinks).contains(language.code() + "/news/" + slug));
    }

    @Test
    void theArticleCanBePassedOnByMailAndOnNetworksThroughPlainLinks() {
        navigate("fr/news/" + story.slug(Language.FR), ArticleView.class);

        var share = Jsoup.parseBodyFragment(shownHtml()).select("nav.share-links");
        assertThat(share.select("h2").text()).isEqualTo("Partager cet article");
        var links = share.select("a");
        assertThat(links.eachText()).containsExactly("E-mail", "LinkedIn", "Facebook", "X", "Bluesky", "WhatsApp");
        var address = URLEncoder.encode("/fr/news/" + story.slug(Language.FR), StandardCharsets.UTF_8);
        assertThat(links.first().attr("href"))
                .startsWith("mailto:?subject="
                        + URLEncoder.encode(story.title(Language.FR), StandardCharsets.UTF_8)
                                .replace("+", "%20"))
                .contains(address)
                .doesNotContain("+");
        assertThat(links.next()).allSatisfy(link -> {
            assertThat(link.attr("href"))
                    .startsWith("https://")
                    .contains("http%3A%2F%2F")
                    .contains(address);
            assertThat(link.attr("rel")).isEqualTo("noopener noreferrer");
            assertThat(link.attr("aria-label"))
                    .startsWith("Partager sur ")
                    .endsWith("(s'ouvre dans une nouvelle fenêtre)");
        });
        assertThat(share.select("script, img, iframe"))
                .as("nothing loaded from a network")
                .isEmpty();
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void underTheArticleIsTheNewestNewsOfItsThemeOrSharingWordsOfItsTitle() {
        try (var sameTheme =
                        ExtraNews.publishUnder(editorial, story.themeId(), Language.NL, 1, PUBLISHED.minusYears(3));
                var sameWords = ExtraNews.publish(editorial, Language.NL, 3, PUBLISHED.minusYears(4))) {
            navigate("nl/news/" + story.slug(Language.NL), ArticleView.class);
            assertThat(relatedTitles()).as("the same theme").contains(title(sameTheme, 0));

            navigate("nl/news/" + sameWords.slugs().getFirst(), ArticleView.class);
            assertThat(relatedTitles())
                    .as("each shares three words of the title, newest first; the story shares none")
                    .containsExactly(title(sameTheme, 0), title(sameWords, 1), title(sameWords, 2));
        }
    }

    private List<String> relatedTitles() {
        var page = Jsoup.parseBodyFragment(shownHtml());
        return page.select(".related-news").last().select(".news-card-title a").eachText();
    }

    private static String title(ExtraNews news, int index) {
        return "Extra news " + news.slugs().get(index).replaceAll("^extra-news-(\\w+)-(\\d+)$", "$1 number $2");
    }

    @Test
    void backLinkReturnsToTheFilteredGrid() {
        var year = PUBLISHED.getYear();
        navigate("nl", "year=" + year);
        var slug = articles.news(Language.NL, new NewsQuery("", null, year), null, 1)
                .cards()
                .getFirst()
                .slug();

        navigate("nl/news/" + slug, ArticleView.class);

        assertThat(Jsoup.parseBodyFragment(shownHtml()).select("a.back-link").attr("href"))
                .isEqualTo("nl/?year=" + year);
    }

    @Test
    void unknownArticleShowsTheFriendlyNotFoundPageInTheVisitorsLanguage() {
        navigate("de/news/this-article-does-not-exist", NotFoundView.class);

        var shown = Jsoup.parseBodyFragment(shownHtml());
        assertThat(shown.select("h1").text()).isEqualTo("Seite nicht gefunden");
        assertThat(shown.select("a").attr("href")).isEqualTo("de/");
    }

    @Test
    void anArticleInALanguageItLacksShowsTheLanguagesItHas() {
        navigate("de/news/" + story.slug(Language.FR), MissingLanguageView.class);

        var shown = Jsoup.parseBodyFragment(shownHtml());
        assertThat(shown.select("h1").text()).isEqualTo("Diesen Artikel gibt es nicht auf Deutsch");
        assertThat(shown.select(".available-languages a").eachAttr("hreflang"))
                .containsExactlyElementsOf(
                        PublishedStory.PUBLISHED_IN.stream().map(Language::code).toList());
        assertThat(shown.select(".language-switch a[hreflang=fr]").attr("href"))
                .isEqualTo("fr/news/" + story.slug(Language.FR));
    }

    @Test
    void anotherLanguagesSlugForwardsToThisLanguagesAddress() {
        navigate("nl/news/" + story.slug(Language.FR), ArticleView.class);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("nl/news/" + story.slug(Language.NL));
        assertThat(Jsoup.parseBodyFragment(shownHtml()).select(".article h1").text())
                .isEqualTo(story.title(Language.NL));
    }
}
