package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsdesk.SiteClient;
import org.newsdesk.article.ArticleService;
import org.newsdesk.base.Formats;
import org.newsdesk.base.Language;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new visitor's first response comes from the cache, the same for everyone and without a session; the live
 * view boots on top of it, starts the visitor's session and counts the view once per session.
 */
class CachedFirstResponseIT extends BrowserTest {

    @Autowired
    ArticleService articles;

    @Override
    String browserLocale() {
        return "en-GB";
    }

    @Test
    void theLiveViewBootsFromTheCachedFirstResponseAndCountsTheViewOncePerSession() {
        var card = articles.latest(Language.EN, 1).getFirst();
        var path = "/en/news/" + card.slug();
        var cached = new SiteClient(port).get(path);
        var stored = articles.published(Language.EN, card.slug()).orElseThrow().views();

        var first = page.navigate(url(path));

        assertThat(first.headerValue("set-cookie")).isNull();
        assertThat(first.headerValue("cache-control")).startsWith("public");
        assertThat(first.text()).isEqualTo(cached.body());
        var views = page.locator(LIVE + ".article .article-views");
        assertThat(page.locator(LIVE + "h1")).hasText(card.title());
        assertThat(views).hasText(Formats.count(stored + 1, Language.EN) + " views");
        assertThat(context.cookies()).anyMatch(cookie -> cookie.name.equals("JSESSIONID"));

        page.reload();
        assertThat(views).hasText(Formats.count(stored + 1, Language.EN) + " views");

        var other = anotherVisitor();
        var othersFirst = other.navigate(url(path));
        assertThat(othersFirst.text()).isEqualTo(cached.body());
        assertThat(other.locator(LIVE + ".article .article-views"))
                .hasText(Formats.count(stored + 2, Language.EN) + " views");
        other.context().close();
    }

    @Test
    void theLiveViewNavigatesOnItsOwnAfterBootingFromTheCache() {
        page.navigate(url("/en/"));
        var firstTitle = page.locator(LIVE + ".news-grid .news-card-title a").first();
        var title = firstTitle.textContent();

        firstTitle.click();

        assertThat(page.locator(LIVE + "h1")).hasText(title);
        assertThat(page.locator(LIVE + ".article-body p").first()).isVisible();
    }
}
