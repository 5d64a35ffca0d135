package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.newsdesk.ExtraNews;
import org.newsdesk.article.ArticleCard;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.NewsQuery;
import org.newsdesk.base.Language;
import org.newsdesk.editorial.EditorialService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A visitor whose browser runs no JavaScript reads the news page by page and searches it: everything they get is
 * the first response of each address, with plain links and a plain form.
 */
@WithMockUser(roles = "EDITOR")
class NewsWithoutScriptsIT extends BrowserTest {

    /** Cards per page of the news grid. */
    private static final int NEWS_PAGE = 12;

    @Autowired
    ArticleService articles;

    @Autowired
    EditorialService editorial;

    @Override
    String browserLocale() {
        return "nl-NL";
    }

    @Override
    boolean javaScriptEnabled() {
        return false;
    }

    @Test
    void moreNewsLinksLeadPageByPageToOlderNewsAndBackToTheNewest() {
        try (var ignored = ExtraNews.publish(editorial, Language.NL, 2 * NEWS_PAGE, LocalDate.of(2001, 1, 31))) {
            var all = titles(articles.news(Language.NL, NewsQuery.EVERYTHING, null, 3 * NEWS_PAGE)
                    .cards());
            assertThat(all).hasSizeGreaterThan(2 * NEWS_PAGE);
            page.navigate(url("/nl/"));
            var cards = page.locator(".news-card-title a");
            assertThat(cards).hasText(all.subList(0, NEWS_PAGE).toArray(String[]::new));
            assertThat(page.locator("meta[name=robots]")).hasCount(0);

            moreNews().click();

            assertThat(page).hasURL(Pattern.compile(".*/nl/\\?before=\\d{4}-\\d{2}-\\d{2}\\.\\d+$"));
            assertThat(cards).hasText(all.subList(NEWS_PAGE, 2 * NEWS_PAGE).toArray(String[]::new));
            assertThat(page.locator("meta[name=robots]")).hasAttribute("content", "noindex, follow");
            assertNoAccessibilityViolations();

            moreNews().click();

            assertThat(cards)
                    .hasText(all.subList(2 * NEWS_PAGE, Math.min(all.size(), 3 * NEWS_PAGE))
                            .toArray(String[]::new));

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar het nieuwste nieuws"))
                    .click();

            assertThat(page).hasURL(Pattern.compile(".*/nl/$"));
            assertThat(cards).hasText(all.subList(0, NEWS_PAGE).toArray(String[]::new));
        }
    }

    @Test
    void theFormSearchesAndFiltersWithoutScripts() {
        var expected = titles(articles.news(Language.NL, new NewsQuery("grens", null, 2021), null, NEWS_PAGE)
                .cards());
        assertThat(expected).isNotEmpty();
        page.navigate(url("/nl/"));
        assertNoAccessibilityViolations();

        page.getByLabel("Zoek in het nieuws").fill("grens");
        page.getByLabel("Jaar").selectOption("2021");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon"))
                .click();

        assertThat(page).hasURL(Pattern.compile(".*/nl/\\?q=grens&theme=&year=2021$"));
        assertThat(page.locator("h1")).hasText("Zoekresultaten voor “grens”");
        assertThat(page.getByLabel("Zoek in het nieuws")).hasValue("grens");
        assertThat(page.getByLabel("Jaar")).hasValue("2021");
        assertThat(page.locator(".news-card-title a")).hasText(expected.toArray(String[]::new));
    }

    private Locator moreNews() {
        return page.getByRole(
                AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Meer nieuws").setExact(true));
    }

    /**
     * Axe runs as a script, which this visitor's browser does not run; so it checks the same address in a browser
     * that runs scripts but does not get Vaadin's, and so shows the first response alone as well.
     */
    private void assertNoAccessibilityViolations() {
        var checker = anotherVisitor();
        try {
            checker.route("**/VAADIN/**", Route::abort);
            checker.navigate(page.url());
            assertThat(checker.locator("#prerender h1")).isVisible();
            assertThat(checker.locator("#outlet")).isEmpty();

            assertThat(accessibilityViolations(checker))
                    .as("accessibility violations on %s", page.url())
                    .isEmpty();
        } finally {
            checker.context().close();
        }
    }

    private static List<String> titles(List<ArticleCard> cards) {
        return cards.stream().map(ArticleCard::title).toList();
    }
}
