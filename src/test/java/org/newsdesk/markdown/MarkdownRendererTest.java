package org.newsdesk.markdown;

import static org.assertj.core.api.Assertions.assertThat;

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
                        "<h2>Actions</h2>",
                        "<blockquote>",
                        "Cooperation does not stop at the border.",
                        "<li>one</li>",
                        "<a href=\"https://example.org/treaty\">the treaty</a>");
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
