package org.newsdesk.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersQuotesHeadingsListsAndLinks() {
        var html = renderer.toSafeHtml("""
                ## Actions

                > Cooperation does not stop at the border.

                - one
                - two

                See [the treaty](https://example.org/treaty).
                """);

        assertThat(html)
                .contains(
                        "<h2 id=\"section-actions\">Actions</h2>",
                        "<blockquote>",
                        "Cooperation does not stop at the border.",
                        "<li>one</li>",
                        "<a href=\"https://example.org/treaty\">the treaty</a>");
    }

    @Test
    void rendersTablesWithTheirAlignment() {
        var html = renderer.toSafeHtml("""
                | Country | Members |
                |:--------|--------:|
                | Belgium | 11 |
                | Luxembourg | 4 |
                """);

        var table = Jsoup.parseBodyFragment(html).selectFirst("table");
        assertThat(table).isNotNull();
        assertThat(table.select("th").eachText()).containsExactly("Country", "Members");
        assertThat(table.select("tbody tr")).hasSize(2);
        assertThat(table.select("td[align=right]").eachText()).containsExactly("11", "4");
    }

    @Test
    void bareWebAndMailAddressesBecomeLinksButScriptAddressesDoNot() {
        var html = renderer.toSafeHtml(
                "Read www.benelux.int/en or https://example.org/report, write to press@example.org; javascript:alert(1)");

        var links = Jsoup.parseBodyFragment(html).select("a").eachAttr("href");
        assertThat(links)
                .containsExactly("http://www.benelux.int/en", "https://example.org/report", "mailto:press@example.org");
    }

    @Test
    void everyHeadingGetsAnAnchorOfItsOwnAndRawHtmlCannotTakeAnotherId() {
        var html = renderer.toSafeHtml("""
                ## Costs and benefits

                ## Costs and benefits

                <h3 id="content">Raw</h3>
                """);

        var page = Jsoup.parseBodyFragment(html);
        assertThat(renderer.toSafeHtml("[costs](#section-costs-and-benefits)"))
                .contains("<a href=\"#section-costs-and-benefits\">costs</a>");
        assertThat(page.select("h2").eachAttr("id"))
                .containsExactly("section-costs-and-benefits", "section-costs-and-benefits-1");
        assertThat(page.select("h3").attr("id")).isEmpty();
    }

    @Test
    void savingKeepsATableAsATable() {
        var markdown = "| a | b |\n|---|---|\n| 1 | <script>x</script> |\n";

        var saved = renderer.withoutUnsafeHtml(markdown);

        assertThat(saved).doesNotContain("<script");
        assertThat(Jsoup.parseBodyFragment(renderer.toSafeHtml(saved))
                        .select("td")
                        .eachText())
                .as("the tags go, their text stays as text")
                .containsExactly("1", "x");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "[click](javascript:alert(1))",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<p style=\"background:url(javascript:alert(1))\" onclick=\"alert(1)\">x</p>",
                "<iframe src=\"https://evil.example\"></iframe>"
            })
    void neutralisesScriptsHandlersAndDangerousUrls(String attack) {
        var html = renderer.toSafeHtml("Before\n\n" + attack + "\n\nAfter");

        assertThat(html)
                .doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("onclick")
                .doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("style=")
                .doesNotContainIgnoringCase("<iframe")
                .contains("Before", "After");
    }

    @Test
    void savingKeepsPlainMarkdownAsWritten() {
        var markdown = "Intro *with* <b>bold</b> HTML.\n\n> A quote\n\n- a list\n";

        assertThat(renderer.withoutUnsafeHtml(markdown)).isEqualTo(markdown);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "Text <img src=x onerror=alert(1)> more",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<div onclick=\"alert(1)\">x</div>",
                "<iframe src=\"https://evil.example\"></iframe>"
            })
    void savingRemovesDangerousHtmlFromTheSource(String attack) {
        var saved = renderer.withoutUnsafeHtml("Before\n\n" + attack + "\n\nAfter");

        assertThat(saved)
                .doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("onclick")
                .doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("<iframe")
                .contains("Before", "After");
    }
}
