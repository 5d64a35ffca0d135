package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.ExtraNews;
import org.newsdesk.PublishedStory;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.NewsQuery;
import org.newsdesk.base.Formats;
import org.newsdesk.base.Language;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.theme.ThemeAdministration;
import org.newsdesk.theme.TimelineEditing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A visitor reads the news and an editor signs in, in a real headless Chromium against the running app. The news
 * is the test's own: a story in Dutch and French, and where a test needs more than a page, extra news of 2001.
 */
@WithMockUser(roles = "EDITOR") // for the fixtures; the browser signs in for itself
class PublicSiteAndBackOfficeIT extends BrowserTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2001, 1, 31);

    @Override
    String browserLocale() {
        return "nl-NL";
    }

    /** Cards per page of the news grid. */
    private static final int NEWS_PAGE = 12;

    @Autowired
    ArticleService articles;

    @Autowired
    EditorialService editorial;

    @Autowired
    ThemeAdministration themes;

    @Autowired
    TimelineEditing timeline;

    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    PublishedStory story;
    /** More than a page of news in Dutch and in French, with the story. */
    ExtraNews dutch;

    ExtraNews french;

    @BeforeEach
    void publishNews() {
        story = PublishedStory.publish(editorial, themes, timeline, LocalDate.of(2021, 5, 3));
        dutch = ExtraNews.publish(editorial, Language.NL, NEWS_PAGE, LONG_AGO);
        french = ExtraNews.publish(editorial, Language.FR, NEWS_PAGE, LONG_AGO);
    }

    @AfterEach
    void removeNews() {
        story.close();
        dutch.close();
        french.close();
    }

    @Test
    void visitorLandsOnTheNewsInTheirLanguageAndOpensAnArticle() {
        page.navigate(url("/"));

        assertThat(page).hasURL(Pattern.compile(".*/nl/$"));
        var firstTitle = page.locator(LIVE + ".news-grid .news-card-title a").first();
        assertThat(firstTitle).isVisible(PATIENTLY);
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        var title = firstTitle.textContent();

        firstTitle.click();

        assertThat(page).hasURL(Pattern.compile(".*/nl/news/[a-z0-9-]+$"));
        assertThat(page.locator(LIVE + "h1")).hasText(title);
        assertThat(page.locator(LIVE + ".article-body p").first()).isVisible();
        assertThat(page.locator(LIVE + ".article-sidebar .news-card")).not().hasCount(0);
    }

    @Test
    void aVisitorsViewIsCountedOncePerSessionAndShownAtOnce() {
        var slug = story.slug(Language.NL);
        var stored = articles.readable(Language.NL, slug).orElseThrow().views();

        page.navigate(url("/nl/news/" + slug));
        var views = page.locator(LIVE + ".article .article-views");
        assertThat(views).hasText(Formats.count(stored + 1, Language.NL) + " keer bekeken");
        page.reload();

        assertThat(views).hasText(Formats.count(stored + 1, Language.NL) + " keer bekeken");
        assertThat(articles.readable(Language.NL, slug).orElseThrow().views()).isEqualTo(stored + 1);
    }

    @Test
    void visitorFiltersReadsAnArticleAndReturnsToTheSameSelection() {
        page.navigate(url("/nl/?year=2021"));
        var firstTitle = page.locator(LIVE + ".news-grid .news-card-title a").first();
        assertThat(firstTitle).isVisible(PATIENTLY);
        assertThat(page.locator(LIVE + "#news-year")).hasValue("2021");
        var title = firstTitle.textContent();

        firstTitle.click();

        assertThat(page.locator(LIVE + "h1")).hasText(title);
        assertThat(page.locator("h1:visible")).hasCount(1);
        page.locator(LIVE + ".back-link").click();
        assertThat(page).hasURL(Pattern.compile(".*/nl/\\?year=2021$"));
        assertThat(page.locator(LIVE + "#news-year")).hasValue("2021");
    }

    @Test
    void scrollingToTheEndOfTheNewsAppendsTheNextPageInPlace() {
        var published = articles.news(Language.FR, NewsQuery.EVERYTHING, null, 1000)
                .cards()
                .size();
        assertThat(published).isGreaterThan(NEWS_PAGE);
        page.navigate(url("/fr/"));
        var cards = page.locator(LIVE + ".news-card");
        assertThat(cards.first()).isVisible(PATIENTLY);
        assertThat(cards).hasCount(NEWS_PAGE);

        page.mouse().wheel(0, 20_000);

        assertThat(cards).hasCount(Math.min(published, 2 * NEWS_PAGE));
        assertThat(page.locator(LIVE + ".news-grid")).hasCount(2);
        assertThat(page.locator(".news-card:visible")).hasCount(Math.min(published, 2 * NEWS_PAGE));
        assertThat(page).hasURL(Pattern.compile(".*/fr/?$"));
    }

    @Test
    void languageSwitchKeepsTheVisitorOnTheSameArticle() {
        // The story's theme: its article has a French version; other tests add Dutch-only news of today.
        page.navigate(url("/nl/?theme=" + story.themeSlug(Language.NL)));
        var firstTitle = page.locator(LIVE + ".news-grid .news-card-title a").first();
        assertThat(firstTitle).isVisible(PATIENTLY);
        firstTitle.click();
        assertThat(page.locator(LIVE + ".article h1")).isVisible();
        var dutchUrl = page.url();

        page.locator(LIVE + ".language-switch a[hreflang=fr]").click();

        assertThat(page).hasURL(Pattern.compile(".*/fr/news/[a-z0-9-]+$"));
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator(LIVE + ".language-switch a[hreflang=nl]"))
                .hasAttribute("href", dutchUrl.substring(dutchUrl.indexOf("/nl/") + 1));
    }

    @Test
    void gridArticleAndThemePagesPassAnAutomatedAccessibilityCheck() {
        var secondPage = articles.news(Language.NL, NewsQuery.EVERYTHING, null, NEWS_PAGE)
                .next()
                .orElseThrow();
        for (var path : new String[] {
            "/nl/",
            "/nl/?before=" + secondPage.publicationDate() + "." + secondPage.articleId(),
            "/fr/news/" + story.slug(Language.FR),
            "/en/themes/" + story.themeSlug(Language.EN)
        }) {
            page.navigate(url(path));
            assertThat(page.locator(LIVE + "h1")).isVisible(PATIENTLY);

            assertThat(accessibilityViolations(page))
                    .as("accessibility violations on %s", path)
                    .isEmpty();
        }
    }

    @Test
    void editorSignsInToTheBackOfficeAfterAMistypedPassword() {
        page.navigate(url("/admin"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));

        var editor = ThrowawayEditors.editor(dsl, passwords, "Eva Editor");

        SignInForm.signIn(page, editor, "not-the-password");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.locator("vaadin-login-form")).containsText("Aanmelden mislukt");

        SignInForm.signIn(page, editor, ThrowawayEditors.PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/admin(\\?continue)?$"));
        assertThat(page.locator("h1")).hasText("Artikelen");
        assertThat(page.locator("vaadin-grid")).isVisible(PATIENTLY);
        assertThat(page.locator("vaadin-grid-cell-content").first()).isVisible(PATIENTLY);
    }
}
