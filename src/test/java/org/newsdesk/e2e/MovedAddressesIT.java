package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatObject;
import static org.newsdesk.e2e.ArticleEditorPage.action;
import static org.newsdesk.e2e.ArticleEditorPage.publish;
import static org.newsdesk.e2e.ArticleEditorPage.visible;
import static org.newsdesk.e2e.ArticleEditorPage.write;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.VersionDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Old and guessed article addresses in a real browser: a renamed slug's old address ends on the new one, by HTTP
 * and by the live site's own navigation, and an article opened in a language it lacks says so and leads to the
 * languages it has. The pictures (target/screenshots/missing-language-*.png, redirects-*.png) are for review.
 */
@WithMockUser(roles = "EDITOR") // for the fixtures; the browser signs in for itself
class MovedAddressesIT extends BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int[][] SIZES = {{1280, 900}, {390, 844}};
    private static final LocatorAssertions.HasTextOptions PATIENTLY_TEXT =
            new LocatorAssertions.HasTextOptions().setTimeout(30_000);

    @Autowired
    EditorialService editorial;

    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    private final String run = Long.toString(System.nanoTime() % 1_000_000);
    private Long articleId;

    @Override
    String browserLocale() {
        return "en-GB";
    }

    @AfterEach
    void deleteTheArticle() {
        // The editor's page goes first, so that it does not check in on an article that is gone.
        context.close();
        if (articleId != null) {
            editorial.delete(articleId, editorial.load(articleId).orElseThrow().version());
        }
    }

    @Test
    void editorRenamesASlugAndTheOldAddressLeadsToTheNewOne() {
        page.navigate(url("/admin/articles"));
        SignInForm.signIn(page, ThrowawayEditors.editor(dsl, passwords, "Eva Editor"), ThrowawayEditors.PASSWORD);
        assertThat(visible(page.getByLabel("Title"))).isVisible(PATIENTLY);
        write(page, "Oude brug " + run, "De brug is vernieuwd.");
        publish(page);
        articleId = Long.valueOf(page.url().replaceAll(".*/admin/articles/", ""));

        visible(page.getByLabel("Address (slug)")).fill("nieuwe-brug-" + run);
        // The publication's "Saved." must not stand for this save's.
        page.locator("vaadin-notification-card").all().forEach(card -> card.evaluate("card => card.remove()"));
        action(page, "Update").click();
        assertThat(page.getByText("links to the old address lead to the new one", new Page.GetByTextOptions()))
                .isVisible();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Confirm").setExact(true))
                .click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Saved.");

        var reader = anotherVisitor();
        var redirect = reader.request()
                .get(url("/nl/news/oude-brug-" + run), RequestOptions.create().setMaxRedirects(0));
        assertThatObject(redirect.status()).isEqualTo(301);
        assertThatObject(redirect.headers().get("location")).isEqualTo("/nl/news/nieuwe-brug-" + run);
        reader.navigate(url("/nl/news/oude-brug-" + run));
        assertThat(reader).hasURL(url("/nl/news/nieuwe-brug-" + run));
        assertThat(reader.locator(LIVE + ".article h1")).hasText("Oude brug " + run, PATIENTLY_TEXT);

        // Inside the live site, a link to the old address (an old page still open, say) ends on the new one too.
        followInsideTheLiveSite(reader, "nl/news/oude-brug-" + run);
        assertThat(reader).hasURL(url("/nl/news/nieuwe-brug-" + run));
        assertThat(reader.locator(LIVE + ".article h1")).hasText("Oude brug " + run, PATIENTLY_TEXT);
    }

    @Test
    void anArticleOpenedInALanguageItLacksSaysSoAndLeadsToTheLanguagesItHas() {
        articleId = editorial
                .save(new ArticleDraft(
                        null,
                        0,
                        null,
                        LocalDate.of(2001, 1, 3),
                        Map.of(
                                Language.NL, version("Alleen in het Nederlands " + run, "alleen-nl-" + run),
                                Language.EN, version("Also in English " + run, "also-en-" + run)),
                        null,
                        null))
                .articleId();

        var response = page.navigate(url("/de/news/alleen-nl-" + run));
        assertThatObject(response.status()).isEqualTo(404);
        var notice = page.locator(LIVE + ".not-found");
        assertThat(notice.locator("h1")).hasText("Diesen Artikel gibt es nicht auf Deutsch", PATIENTLY_TEXT);
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        assertThat(notice.locator("a[hreflang=nl]")).hasAttribute("lang", "nl");
        assertThat(page.locator(LIVE + ".language-switch a[hreflang=en]"))
                .hasAttribute("href", "en/news/also-en-" + run);
        assertThatObject(accessibilityViolations(page)).isEqualTo(List.of());
        for (var size : SIZES) {
            page.setViewportSize(size[0], size[1]);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("missing-language-" + size[0] + ".png"))
                    .setFullPage(true));
        }

        notice.locator("a[hreflang=nl]").click();
        assertThat(page).hasURL(url("/nl/news/alleen-nl-" + run));
        assertThat(page.locator(LIVE + ".article h1")).hasText("Alleen in het Nederlands " + run, PATIENTLY_TEXT);

        // The live site's own navigation to a missing language shows the same notice.
        followInsideTheLiveSite(page, "fr/news/also-en-" + run);
        assertThat(page.locator(LIVE + ".not-found h1"))
                .hasText("Cet article n'existe pas en français", PATIENTLY_TEXT);
        assertThat(page.locator(LIVE + ".not-found a[hreflang]")).hasCount(2);
    }

    @Test
    void theRedirectsScreenOnDesktopAndPhone() {
        page.navigate(url("/admin/redirects"));
        SignInForm.signIn(page, ThrowawayEditors.editor(dsl, passwords, "Eva Editor"), ThrowawayEditors.PASSWORD);
        var oldAddress = visible(page.getByLabel("Old address"));
        assertThat(oldAddress).isVisible(PATIENTLY);
        oldAddress.fill("/nieuws/2019/oud-bericht-" + run + ".html");
        visible(page.getByLabel("Leads to")).fill("/nl/");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add redirect"))
                .click();
        var row = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("oud-bericht-" + run));
        assertThat(row).isVisible();

        var reader = anotherVisitor();
        reader.navigate(url("/nieuws/2019/oud-bericht-" + run + ".html"));
        assertThat(reader).hasURL(url("/nl/"));

        visible(page.getByLabel("Leads to")).fill("https://evil.example");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add redirect"))
                .click();
        assertThat(page.locator("vaadin-text-field[invalid]")).hasCount(2);
        for (var size : SIZES) {
            page.setViewportSize(size[0], size[1]);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("redirects-" + size[0] + ".png"))
                    .setFullPage(true));
        }
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName("Remove the redirect from /nieuws/2019/oud-bericht-" + run + ".html"))
                .click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Remove").setExact(true))
                .click();
        // The grid may keep a removed row's cell, hidden, for reuse.
        assertThat(row).isHidden();
        // Asked by a new visitor (the first one's browser may keep the redirect for its max-age): unknown now.
        var removed = anotherVisitor()
                .request()
                .get(
                        url("/nieuws/2019/oud-bericht-" + run + ".html"),
                        RequestOptions.create().setMaxRedirects(0));
        assertThatObject(removed.status()).isEqualTo(404);
    }

    /** Clicks a link of the live site's router (as the site's own links are), without loading a new page. */
    private static void followInsideTheLiveSite(Page page, String href) {
        page.evaluate(
                "href => { const link = document.createElement('a'); link.href = href;"
                        + " link.setAttribute('router-link', ''); link.textContent = 'old link';"
                        + " document.querySelector('.site:not(#prerender) .site-main').appendChild(link); link.click(); }",
                href);
    }

    private static VersionDraft version(String title, String slug) {
        return new VersionDraft(title, slug, "Teaser", "Body", PublicationStatus.PUBLISHED, null);
    }
}
