package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.PublishedStory;
import org.newsdesk.base.Language;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.theme.ThemeAdministration;
import org.newsdesk.theme.TimelineEditing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** A reader prints an article: the paper holds the article and its timeline, not the site around it. */
@WithMockUser(roles = "EDITOR")
class PrintingIT extends BrowserTest {

    @Autowired
    EditorialService editorial;

    @Autowired
    ThemeAdministration themes;

    @Autowired
    TimelineEditing timeline;

    PublishedStory story;

    @Override
    String browserLocale() {
        return "nl-BE";
    }

    @BeforeEach
    void publishStory() {
        story = PublishedStory.publish(editorial, themes, timeline, LocalDate.of(2021, 5, 3));
    }

    @AfterEach
    void removeStory() {
        story.close();
    }

    @Test
    void onPaperTheArticleAndItsTimelineStayAndTheSiteAroundItGoes() {
        page.navigate(url("/nl/news/" + story.slug(Language.NL)));
        var live = page.locator(LIVE);
        assertThat(live.locator(".share-links")).isVisible(PATIENTLY);
        assertThat(live.locator(".article-sidebar")).isVisible();

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

        assertThat(live.locator("h1")).hasText(story.title(Language.NL));
        assertThat(live.locator(".article-body blockquote")).isVisible();
        assertThat(live.locator(".timeline-year-label").first()).isVisible();
        for (var hidden :
                new String[] {".share-links", ".article-sidebar", ".language-switch", ".site-nav", ".back-link"}) {
            assertThat(live.locator(hidden).first()).isHidden();
        }
        page.pdf(new Page.PdfOptions().setPath(Path.of("target", "screenshots", "printed-article.pdf")));
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(Path.of("target", "screenshots", "printed-article.png")));
    }
}
