package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

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
 * A reader of an article with a table, bare web addresses and a link to one of its own headings, on a desktop and
 * on a phone, in Chromium.
 */
@WithMockUser(roles = "EDITOR")
class RicherMarkdownIT extends BrowserTest {

    private static final String BODY = """
            The figures are in [the table below](#section-members-per-country).

            ## Members per country

            | Country | Members |
            |:--------|--------:|
            | Belgium, with its federal parliament and the parliaments of its communities and regions | 21 |
            | The Netherlands | 21 |
            | Luxembourg | 7 |

            More at www.example.org/parliament.
            """;

    @Autowired
    EditorialService editorial;

    private ArticleDraft saved;
    private String slug;

    @Override
    String browserLocale() {
        return "en-GB";
    }

    @BeforeEach
    void publish() {
        slug = "seats-" + UUID.randomUUID().toString().substring(0, 8);
        var version = new VersionDraft(
                "Seats in the Benelux Parliament", slug, "Who sits where.", BODY, PublicationStatus.PUBLISHED, null);
        saved = editorial.save(
                new ArticleDraft(null, 0, null, LocalDate.of(2003, 3, 1), Map.of(Language.EN, version), null, null));
    }

    @AfterEach
    void remove() {
        editorial.delete(saved.savedArticleId(), saved.version());
    }

    @Test
    void aLinkToAHeadingScrollsToItATableKeepsThePageNarrowOnAPhoneAndAddressesAreLinks() {
        page.navigate(url("/en/news/" + slug));
        var body = page.locator(LIVE + ".article-body");
        assertThat(body.locator("table td[align=right]")).hasCount(3);
        assertThat(body.getByText("www.example.org/parliament"))
                .hasAttribute("href", "http://www.example.org/parliament");

        body.getByText("the table below").click();

        assertThat(page).hasURL(Pattern.compile(".*/en/news/" + slug + "#section-members-per-country$"));
        var heading = body.locator("h2#section-members-per-country");
        assertThat(heading).isInViewport();
        // The hidden first-response copy gave up the id, so the link found the heading the reader sees.
        assertThat(page.locator("[id=section-members-per-country]")).hasCount(1);

        page.setViewportSize(390, 844);
        var pageWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(pageWidth.intValue()).as("the page does not widen").isLessThanOrEqualTo(390);
        Screenshots.desktopAndPhone(page, "richer-markdown");
    }
}
