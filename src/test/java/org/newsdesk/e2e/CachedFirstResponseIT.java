package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.PublishedStory;
import org.newsdesk.SiteClient;
import org.newsdesk.article.ArticleService;
import org.newsdesk.base.Formats;
import org.newsdesk.base.Language;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.theme.ThemeAdministration;
import org.newsdesk.theme.TimelineEditing;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new visitor's first response comes from the cache, the same for everyone and without a session; the live
 * view boots on top of it, starts the visitor's session and counts the view once per session.
 */
class CachedFirstResponseIT extends BrowserTest {

    @Autowired
    ArticleService articles;

    @Autowired
    EditorialService editorial;

    @Autowired
    ThemeAdministration themes;

    @Autowired
    TimelineEditing timeline;

    /** The newest article in French, so that it heads the news grid. */
    PublishedStory story;

    @BeforeEach
    void publishStory() {
        story = PublishedStory.publish(editorial, themes, timeline, LocalDate.now());
    }

    @AfterEach
    void removeStory() {
        story.close();
    }

    @Override
    String browserLocale() {
        return "fr-FR";
    }

    @Test
    void theLiveViewBootsFromTheCachedFirstResponseAndCountsTheViewOncePerSession() {
        var slug = story.slug(Language.FR);
        var path = "/fr/news/" + slug;
        var cached = new SiteClient(port).get(path);
        var stored = articles.readable(Language.FR, slug).orElseThrow().views();

        var first = page.navigate(url(path));

        assertThat(first.headerValue("set-cookie")).isNull();
        assertThat(first.headerValue("cache-control")).startsWith("public");
        assertThat(first.text()).isEqualTo(cached.body());
        var views = page.locator(LIVE + ".article .article-views");
        assertThat(page.locator(LIVE + "h1")).hasText(story.title(Language.FR));
        assertThat(views).hasText(frenchViews(stored + 1));
        assertThat(context.cookies()).anyMatch(cookie -> cookie.name.equals("JSESSIONID"));

        page.reload();
        assertThat(views).hasText(frenchViews(stored + 1));

        var other = anotherVisitor();
        var othersFirst = other.navigate(url(path));
        assertThat(othersFirst.text()).isEqualTo(cached.body());
        assertThat(other.locator(LIVE + ".article .article-views")).hasText(frenchViews(stored + 2));
        other.context().close();
    }

    /** French counts none and one in the singular: "1 vue", "2 vues". */
    private static String frenchViews(long views) {
        return Formats.count(views, Language.FR) + (views > 1 ? " vues" : " vue");
    }

    @Test
    void theLiveViewNavigatesOnItsOwnAfterBootingFromTheCache() {
        page.navigate(url("/fr/"));
        var firstTitle = page.locator(LIVE + ".news-grid .news-card-title a").first();
        var title = firstTitle.textContent();

        firstTitle.click();

        assertThat(page.locator(LIVE + "h1")).hasText(title);
        assertThat(page.locator(LIVE + ".article-body p").first()).isVisible();
    }
}
