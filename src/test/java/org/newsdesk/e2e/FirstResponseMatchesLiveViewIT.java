package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.PublishedStory;
import org.newsdesk.base.Language;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.theme.ThemeAdministration;
import org.newsdesk.theme.TimelineEditing;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a crawler or a visitor without scripts gets is what the live page shows: the same headings, texts and
 * links, for the news grid, an article and a theme. Both come from one renderer per page; this catches a page
 * whose two halves drift apart again.
 */
class FirstResponseMatchesLiveViewIT extends BrowserTest {

    private static final String FIRST_RESPONSE = "#prerender .site-main";
    private static final String LIVE = ".site:not(#prerender) .site-main";

    @Override
    String browserLocale() {
        return "en-GB";
    }

    @Autowired
    EditorialService editorial;

    @Autowired
    ThemeAdministration themes;

    @Autowired
    TimelineEditing timeline;

    /** An article with a theme and a timeline of the test's own, published in French. */
    PublishedStory story;

    @BeforeEach
    void publishStory() {
        story = PublishedStory.publish(editorial, themes, timeline, LocalDate.of(2021, 5, 3));
    }

    @AfterEach
    void removeStory() {
        story.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"news grid", "article", "theme", "themes index", "missing language", "missing page"})
    void theFirstResponseShowsWhatTheLivePageShows(String shown) {
        var path = switch (shown) {
            case "news grid" -> "/en/";
            case "article" -> "/fr/news/" + story.slug(Language.FR);
            case "theme" -> "/fr/themes/" + story.themeSlug(Language.FR);
            case "themes index" -> "/nl/themes/";
            case "missing language" -> "/de/news/" + story.slug(Language.FR);
            default -> "/en/no-such-page";
        };
        page.navigate(url(path));
        var live = page.locator(LIVE);
        assertThat(live.locator("h1")).isVisible(PATIENTLY);

        var first = page.locator(FIRST_RESPONSE);
        assertThat(outline(first)).isNotEmpty().isEqualTo(outline(live));
        assertThat(links(first)).isEqualTo(links(live));
    }

    /** Headings and paragraphs in order, without the view count, which the live page has just raised. */
    private static List<String> outline(Locator content) {
        return content.locator("h1, h2, h3, p:not(.article-meta)").allInnerTexts().stream()
                .map(String::strip)
                .toList();
    }

    /**
     * Where the first response has a link to the next page (rel=next, for crawlers and visitors without scripts),
     * the live grid has a button that adds the next page in place: the only difference, on purpose.
     */
    private static List<String> links(Locator content) {
        return content.locator("a[href]:not([rel=next])").all().stream()
                .map(link -> link.getAttribute("href"))
                .toList();
    }
}
