package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatObject;
import static org.newsdesk.e2e.ArticleEditorPage.visible;

import java.nio.file.Files;
import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newsdesk.ExtraNews;
import org.newsdesk.SiteClient;
import org.newsdesk.attachment.AttachmentService;
import org.newsdesk.attachment.TestDocuments;
import org.newsdesk.base.Language;
import org.newsdesk.editorial.EditorialService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * An editor pins an older article on the featured screen, and visitors find it first in the news grid, in the first
 * response and in the live view; an article with a PDF lists it with its type and size, and the download is the
 * document.
 */
class FeaturedNewsAndAttachmentsIT extends BrowserTest {

    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    EditorialService editorial;

    @Autowired
    AttachmentService attachments;

    @Override
    String browserLocale() {
        return "en-GB";
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void anArticlePinnedInTheBackOfficeIsFirstInTheGridBeforeAndAfterTheLiveViewLoads() {
        try (var news =
                ExtraNews.publish(editorial, Language.EN, 2, LocalDate.now().minusYears(9))) {
            var title = editorial
                    .load(news.ids().get(1))
                    .orElseThrow()
                    .versions()
                    .get(Language.EN)
                    .title();
            page.navigate(url("/admin/featured"));
            SignInForm.signIn(
                    page, ThrowawayEditors.editor(dsl, passwords, "Fiona Featured"), ThrowawayEditors.PASSWORD);
            var article = visible(page.getByLabel("Article"));
            assertThat(article).isVisible(PATIENTLY);
            article.pressSequentially(
                    title.substring(title.indexOf(' ', "Extra news".length())).strip());
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(title + " ("))
                    .first()
                    .click();
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Pin").setExact(true))
                    .click();
            assertThat(page.locator("vaadin-notification-card").first()).containsText("“" + title + "” is featured.");

            var firstResponse = Jsoup.parse(new SiteClient(port).get("/en/").body());
            assertThatObject(firstResponse.select(".news-card-title").first().text())
                    .isEqualTo(title);
            assertThatObject(firstResponse
                            .select(".news-card-featured .news-card-badge")
                            .text())
                    .isEqualTo("Featured");

            var visitor = anotherVisitor();
            visitor.navigate(url("/en/"));
            Locator liveCards = visitor.locator(LIVE + ".news-card-title");
            assertThat(liveCards.first()).hasText(title);
            assertThat(visitor.locator(LIVE + ".news-featured .news-card-title"))
                    .hasCount(1);
            // Listed once: not again among the newest.
            assertThat(visitor.locator(LIVE + ".news-results")
                            .getByText(title, new Locator.GetByTextOptions().setExact(true)))
                    .hasCount(0);
            visitor.context().close();
        }
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void anArticleListsItsPdfWithTypeAndSizeAndTheDownloadIsThatPdf() throws Exception {
        var pdf = TestDocuments.pdf(3000);
        try (var news =
                ExtraNews.publish(editorial, Language.EN, 1, LocalDate.now().minusYears(9))) {
            var articleId = news.ids().getFirst();
            var attachment = attachments.attach(
                    articleId,
                    Language.EN,
                    attachments.upload(pdf, "Inspection report.pdf").documentId(),
                    "Inspection report 2025");
            var path = "/en/news/" + news.slugs().getFirst();

            var firstResponse = Jsoup.parse(new SiteClient(port).get(path).body());
            assertThatObject(firstResponse.select(".article-attachments li").text())
                    .isEqualTo("Inspection report 2025 (PDF, 3 KB)");

            page.navigate(url(path));
            var listed = page.locator(LIVE + ".article-attachments li");
            assertThat(listed).hasText("Inspection report 2025 (PDF, 3 KB)");
            var download =
                    page.waitForDownload(() -> listed.getByRole(AriaRole.LINK).click());

            assertThatObject(download.suggestedFilename()).isEqualTo(attachment.fileName());
            assertThatObject(Files.readAllBytes(download.path())).isEqualTo(pdf);
        }
    }
}
