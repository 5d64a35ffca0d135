package org.newsdesk.site.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.PublishedStory;
import org.newsdesk.base.Language;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.site.PublicPageTest;
import org.newsdesk.theme.ThemeAdministration;
import org.newsdesk.theme.TimelineEditing;
import org.springframework.beans.factory.annotation.Autowired;

/** How a reader finds the themes: the index, the header's navigation and the theme names on the news cards. */
class ThemesIndexViewTest extends PublicPageTest {

    @Autowired
    EditorialService editorial;

    @Autowired
    ThemeAdministration themeAdministration;

    @Autowired
    TimelineEditing timelineEditing;

    PublishedStory story;

    @BeforeEach
    void publishStory() {
        story = PublishedStory.publish(editorial, themeAdministration, timelineEditing, LocalDate.of(2021, 5, 3));
    }

    @AfterEach
    void removeStory() {
        story.close();
    }

    @Test
    void theIndexListsEachThemeWithItsNewsInThisLanguageAndItsTimelineYears() {
        navigate("fr/themes", ThemesIndexView.class);

        var shown = Jsoup.parseBodyFragment(shownHtml());
        assertThat(shown.select("h1").text()).isEqualTo("Thèmes");
        var card = shown.select(".theme-card:has(a[href=fr/themes/" + story.themeSlug(Language.FR) + "])");
        assertThat(card).hasSize(1);
        assertThat(card.select(".theme-card-title").text()).isEqualTo(story.themeName(Language.FR));
        assertThat(card.select(".theme-card-facts").text())
                .isEqualTo(
                        "1 article · Actions de " + PublishedStory.UNLINKED_YEAR + " à " + PublishedStory.LINKED_YEAR);
    }

    @Test
    void aThemeWithoutNewsInTheReadersLanguageSaysSo() {
        navigate("en/themes", ThemesIndexView.class);

        var card = Jsoup.parseBodyFragment(shownHtml())
                .select(".theme-card:has(a[href=en/themes/" + story.themeSlug(Language.EN) + "])");
        assertThat(card.select(".theme-card-facts").text())
                .as("the story is published in Dutch and French only")
                .startsWith("No news yet · ");
    }

    @Test
    void theHeaderMarksThemesAsTheSectionOfTheIndex() {
        navigate("de/themes", ThemesIndexView.class);

        assertThat(currentSection(shownPage())).isEqualTo("Themen");
    }

    @Test
    void everyPageLeadsToTheNewsTheThemesAndTheFeedOfItsLanguage() {
        navigate("de", "");

        var page = shownPage();
        assertThat(currentSection(page)).isEqualTo("Nachrichten");
        assertThat(page.select(".site-nav a").eachAttr("href")).containsExactly("de/", "de/themes/");
        assertThat(page.select(".footer-links a").eachAttr("href")).containsExactly("de/", "de/themes/", "de/feed.xml");
    }

    @Test
    void aNewsCardsThemeNameLeadsToItsTheme() {
        navigate("nl", "theme=" + story.themeSlug(Language.NL));

        var card = shownPage().select(".news-card:has(a[href=nl/news/" + story.slug(Language.NL) + "])");
        assertThat(card.select("a.article-theme").eachAttr("href"))
                .containsExactly("nl/themes/" + story.themeSlug(Language.NL));
    }

    private Document shownPage() {
        return Jsoup.parseBodyFragment(shownHtml());
    }

    private static String currentSection(Document page) {
        return page.select(".site-nav a[aria-current=page]").text();
    }
}
