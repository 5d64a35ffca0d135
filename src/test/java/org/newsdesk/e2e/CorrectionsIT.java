package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.e2e.ArticleEditorPage.publish;
import static org.newsdesk.e2e.ArticleEditorPage.save;
import static org.newsdesk.e2e.ArticleEditorPage.visible;
import static org.newsdesk.e2e.ArticleEditorPage.write;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newsdesk.SiteClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * An editor corrects a live article and says so; its readers see the correction with its date, and feeds and search
 * engines learn when it changed. A typo fixed afterwards tells them nothing more.
 */
class CorrectionsIT extends EditorBrowserTest {

    @Test
    void aCorrectionOfALiveArticleIsShownToItsReadersWithItsDateAndNote() throws Exception {
        var run = Long.toString(System.nanoTime() % 1_000_000);
        var slug = "subsidie-grensarbeiders-" + run;
        signInAt("/admin/articles", "Cor Rector");
        assertThat(visible(page.getByLabel("Title"))).isVisible(PATIENTLY);
        write(page, "Subsidie grensarbeiders " + run, "De regeling geldt vanaf 1 maart.");
        publish(page);
        var changeKind = visible(page.locator(".change-note"));
        assertThat(changeKind).isVisible();

        visible(page.getByLabel("Text (Markdown)")).fill("De regeling geldt vanaf 1 april.");
        visible(page.getByText("Correction: something was wrong and is now right"))
                .click();
        var note = visible(page.getByLabel("Note for readers, shown under the article with today's date"));
        note.fill("Eerder stond hier een verkeerde startdatum.");
        save(page, "Update");
        assertThat(visible(page.getByLabel("Note for readers, shown under the article with today's date")))
                .isHidden();
        Screenshots.desktopAndPhone(page, "correction-editor");

        var reader = context.browser().newContext().newPage();
        reader.navigate(url("/nl/news/" + slug));
        var live = reader.locator(LIVE);
        assertThat(live.locator(".change-notes li"))
                .containsText("Correctie: Eerder stond hier een verkeerde startdatum.");
        assertThat(live.locator(".article-updated")).containsText("Bijgewerkt op");
        Screenshots.desktopAndPhone(reader, "correction-article");

        var site = new SiteClient(port);
        var first = Jsoup.parse(site.get("/nl/news/" + slug).body());
        var data = JsonMapper.builder()
                .build()
                .readTree(first.selectFirst("script[type=application/ld+json]").data());
        assertThat(data.get("dateModified").asString())
                .startsWith(LocalDate.now().getYear() + "-");
        assertThat(site.get("/nl/feed.xml").body()).contains("<atom:updated");
    }
}
