package org.newsdesk.backoffice.article;

import java.util.function.UnaryOperator;

import org.jsoup.nodes.Element;
import org.newsdesk.base.text.TextDiff;
import org.newsdesk.editorial.VersionDraft;

/** Title, teaser and body of two states of a language version, compared line by line, as HTML. */
final class VersionComparison {

    private VersionComparison() {}

    /**
     * @param legend    what − and + stand for in this comparison
     * @param translate the interface text for a bundle key, in the editor's language
     */
    static Element between(VersionDraft older, VersionDraft newer, String legend, UnaryOperator<String> translate) {
        var html = new Element("div").addClass("revision-diff");
        html.appendElement("p").addClass("revision-diff-legend").text(legend);
        var unchanged = translate.apply("revisions.unchanged");
        section(html, translate.apply("editor.title"), older.title(), newer.title(), unchanged);
        section(html, translate.apply("editor.teaser"), older.teaser(), newer.teaser(), unchanged);
        section(html, translate.apply("editor.body"), older.body(), newer.body(), unchanged);
        return html;
    }

    private static void section(Element html, String label, String older, String newer, String unchanged) {
        html.appendElement("h4").text(label);
        if (older.equals(newer)) {
            html.appendElement("p").addClass("diff-unchanged").text(unchanged);
            return;
        }
        var lines = html.appendElement("div").addClass("diff-lines");
        for (var line : TextDiff.between(older, newer)) {
            // del and ins tell screen readers what the colours tell the eye.
            var shown = switch (line.change()) {
                case SAME -> lines.appendElement("div").text("  " + line.text());
                case REMOVED -> lines.appendElement("del").text("− " + line.text());
                case ADDED -> lines.appendElement("ins").text("+ " + line.text());
            };
            shown.addClass("diff-line");
        }
    }
}
