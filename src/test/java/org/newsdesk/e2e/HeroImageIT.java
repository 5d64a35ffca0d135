package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatObject;
import static org.newsdesk.e2e.ArticleEditorPage.visible;

import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newsdesk.media.TestImages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An editor uploads a hero image through the real upload field, writes its alt text and publishes; readers see the
 * image on the article page and on its news card, and link previews get it from the first response.
 */
class HeroImageIT extends BrowserTest {
    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Override
    String browserLocale() {
        return "en-GB";
    }

    @Test
    void editorUploadsAHeroImageWithAltTextAndReadersSeeIt() {
        var run = Long.toString(System.nanoTime() % 1_000_000);
        var title = "Nieuwe sluis " + run;
        var altText = "Blauw vlak met een oranje cirkel " + run;
        page.navigate(url("/admin/articles"));
        SignInForm.signIn(page, ThrowawayEditors.editor(dsl, passwords, "Eva Editor"), ThrowawayEditors.PASSWORD);
        assertThat(visible(page.getByLabel("Title"))).isVisible(PATIENTLY);
        ArticleEditorPage.write(page, title, "De sluis opent in het voorjaar.");

        page.locator(".hero-image-field vaadin-upload input[type=file]")
                .setInputFiles(new FilePayload("sluis.png", "image/png", TestImages.png(1600, 900)));

        var preview = page.locator("img.hero-image-preview");
        assertThat(preview).isVisible(PATIENTLY);
        assertThat(preview).hasAttribute("src", Pattern.compile("media/\\d+/card\\.jpg"));
        page.waitForFunction("img => img.complete && img.naturalWidth === 480", preview.elementHandle());
        page.getByLabel("Alt text (Nederlands)").fill(altText);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("editor-hero-image.png"))
                .setFullPage(true));
        ArticleEditorPage.publish(page);

        var reader = anotherVisitor();
        var slug = "nieuwe-sluis-" + run;
        reader.navigate(url("/nl/news/" + slug));
        var hero = reader.locator(LIVE + ".article-hero");
        assertThat(hero).isVisible(PATIENTLY);
        assertThat(hero).hasAttribute("alt", altText);
        reader.waitForFunction("img => img.complete && img.naturalWidth === 1200", hero.elementHandle());

        var firstResponse =
                Jsoup.parse(reader.request().get(url("/nl/news/" + slug)).text());
        assertThatObject(firstResponse.select("meta[property=og:image]").attr("content"))
                .asString()
                .matches("http://localhost:" + port + "/media/\\d+/article\\.jpg");

        reader.navigate(url("/nl/"));
        var card = reader.locator(LIVE + ".news-card", new Page.LocatorOptions().setHasText(title));
        var cardImage = card.locator("img.news-card-image");
        assertThat(cardImage)
                .hasAttribute("alt", altText, new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
        assertThat(cardImage).hasAttribute("loading", "lazy");
        assertThat(cardImage).hasAttribute("srcset", Pattern.compile("media/\\d+/card-2x\\.jpg 2x"));
    }

    /** Not a check: pictures of the public pages with the demo images, for people reviewing the layout. */
    @Test
    void screenshotsOfThePublicPagesWithImages() {
        for (var size : new int[][] {{1366, 900}, {390, 844}}) {
            var visitor = anotherVisitorSized(size[0], size[1]);
            var name = size[0] > 1000 ? "desktop" : "phone";
            visitor.navigate(url("/en/"));
            assertThat(visitor.locator(LIVE + ".news-card-image").first()).isVisible(PATIENTLY);
            visitor.waitForLoadState(LoadState.NETWORKIDLE);
            visitor.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("grid-" + name + ".png"))
                    .setFullPage(true));
            visitor.navigate(url("/en/news/world-day-against-trafficking-in-persons-2021"));
            assertThat(visitor.locator(LIVE + ".article-hero")).isVisible(PATIENTLY);
            visitor.waitForLoadState(LoadState.NETWORKIDLE);
            visitor.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("article-" + name + ".png"))
                    .setFullPage(true));
            visitor.context().close();
        }
    }

    private Page anotherVisitorSized(int width, int height) {
        return page.context()
                .browser()
                .newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(width, height))
                .newPage();
    }
}
