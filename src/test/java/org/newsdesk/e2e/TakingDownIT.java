package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.e2e.ArticleEditorPage.action;
import static org.newsdesk.e2e.ArticleEditorPage.publish;
import static org.newsdesk.e2e.ArticleEditorPage.visible;
import static org.newsdesk.e2e.ArticleEditorPage.write;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newsdesk.SiteClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An editor withdraws a live article, unpublishes it to another page, puts it back and unpublishes it for good;
 * after each step a reader in a browser of their own, and a plain HTTP client, get what the step promised.
 */
class TakingDownIT extends BrowserTest {

    private static final String REASON = "De sluiting van de sluis is uitgesteld; dit bericht klopt niet meer.";

    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    @Override
    String browserLocale() {
        return "en-GB";
    }

    @Test
    void aWithdrawnArticleShowsItsBannerOutsideTheGridAndUnpublishedItAnswers301Or410() {
        var run = Long.toString(System.nanoTime() % 1_000_000);
        var title = "Sluis gaat dicht " + run;
        var slug = "sluis-gaat-dicht-" + run;
        page.navigate(url("/admin/articles"));
        SignInForm.signIn(page, ThrowawayEditors.editor(dsl, passwords, "Wil Drawer"), ThrowawayEditors.PASSWORD);
        assertThat(visible(page.getByLabel("Title"))).isVisible(PATIENTLY);
        write(page, title, "De sluis gaat in mei een maand dicht.");
        publish(page);

        action(page, "Withdraw…").click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Reason readers see (Nederlands)").fill(REASON);
        Screenshots.desktopAndPhone(page, "withdraw-dialog");
        confirm(dialog, "Withdraw");
        assertThat(notification(page, "Withdrawn")).isVisible();
        assertThat(page.locator(".publishing-taken-down")).containsText(REASON);

        var reader = context.browser().newContext().newPage();
        reader.navigate(url("/nl/news/" + slug));
        var banner = reader.locator(LIVE + ".withdrawn-banner");
        assertThat(banner).containsText("Dit bericht is ingetrokken op");
        assertThat(banner).containsText(REASON);
        assertThat(reader.locator(LIVE + ".article-body")).containsText("een maand dicht");
        Screenshots.desktopAndPhone(reader, "withdrawn-article");
        reader.navigate(url("/nl/"));
        assertThat(reader.locator(LIVE + ".news-grid")).isVisible(PATIENTLY);
        assertThat(reader.locator(LIVE + ".news-grid").getByText(title)).hasCount(0);

        var site = new SiteClient(port);
        var firstResponse = site.get("/nl/news/" + slug);
        assertThat(firstResponse.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(firstResponse.body()).select(".withdrawn-banner").text())
                .contains(REASON);

        action(page, "Unpublish…").click();
        dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByText("It leads to another page of the site (301)").click();
        dialog.getByLabel("Path of that page").fill("https://elsewhere.example/");
        confirm(dialog, "Unpublish");
        assertThat(dialog.getByText("That is no path of this site")).isVisible();
        dialog.getByLabel("Path of that page").fill("/nl/themes");
        confirm(dialog, "Unpublish");
        assertThat(dialog).isHidden();
        assertThat(page.locator(".publishing-taken-down")).containsText("/nl/themes");
        var moved = site.get("/nl/news/" + slug);
        assertThat(moved.statusCode()).isEqualTo(301);
        assertThat(moved.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/nl/themes"));

        action(page, "Put back on the site").click();
        assertThat(notification(page, "Back on the site")).isVisible();
        var back = site.get("/nl/news/" + slug);
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(back.body()).select(".withdrawn-banner")).isEmpty();

        action(page, "Unpublish…").click();
        confirm(page.getByRole(AriaRole.DIALOG), "Unpublish");
        assertThat(page.locator(".publishing-taken-down")).containsText("410 Gone");
        assertThat(site.get("/nl/news/" + slug).statusCode()).isEqualTo(410);
        reader.navigate(url("/nl/news/" + slug));
        assertThat(reader.locator(LIVE + ".not-found h1")).hasText("Dit bericht is verwijderd");
        Screenshots.desktopAndPhone(reader, "unpublished-article");
    }

    private static Locator notification(Page page, String text) {
        return page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText(text));
    }

    private static void confirm(Locator dialog, String label) {
        dialog.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(label).setExact(true))
                .click();
    }
}
