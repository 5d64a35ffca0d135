package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.editorial.ArticleDraft;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.editorial.VersionDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A Dutch visitor searches "samenwerken" and a phrase on the public grid and sees "samenwerking" and the phrase
 * marked in the teaser, in the server-rendered first response and in the live view that boots on top of it.
 */
@WithMockUser(roles = "EDITOR")
class SearchHighlightIT extends BrowserTest {

    private static final String FIRST_RESPONSE = "#prerender ";

    @Autowired
    EditorialService editorial;

    private ArticleDraft saved;

    @Override
    String browserLocale() {
        return "nl-NL";
    }

    @BeforeEach
    void publish() {
        var slug = "grensoverleg-" + UUID.randomUUID().toString().substring(0, 8);
        saved = editorial.save(new ArticleDraft(
                null,
                0,
                null,
                LocalDate.of(2990, 1, 1),
                Map.of(
                        Language.NL,
                        new VersionDraft(
                                "Grensoverleg",
                                slug,
                                "Nauwe samenwerking <em>over</em> grenzen heen.",
                                "Meer volgt.",
                                PublicationStatus.PUBLISHED,
                                null)),
                null,
                null));
    }

    @AfterEach
    void remove() {
        editorial.delete(saved.articleId(), saved.version());
    }

    @Test
    void theWordsFoundAreMarkedInTheTeaserOfTheFirstResponseAndTheLiveGrid() {
        page.navigate(url("/nl/?q=samenwerken+%22grenzen+heen%22"));

        var live = page.locator(LIVE + ".news-card-teaser").first();
        assertThat(live).isVisible(PATIENTLY);
        assertThat(live.locator("mark")).hasText(new String[] {"samenwerking", "grenzen heen"});
        assertThat(live).hasText("Nauwe samenwerking <em>over</em> grenzen heen.");
        assertThat(live.locator("em")).hasCount(0);
        var first = page.locator(FIRST_RESPONSE + ".news-card-teaser").first();
        assertThat(first.locator("mark")).hasText(new String[] {"samenwerking", "grenzen heen"});
    }
}
