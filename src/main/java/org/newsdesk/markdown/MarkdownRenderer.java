package org.newsdesk.markdown;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Article bodies are Markdown, with tables, bare web addresses as links and an anchor on every heading
 * ({@code #section-…}, so that a reader can link to a part of an article). This is the one renderer behind the
 * public page, the editor's preview and the feeds, so they never disagree. Raw HTML in a body is never trusted: it
 * is sanitised when rendered, and dangerous HTML is taken out of the source when an editor saves.
 */
@Component
public class MarkdownRenderer {

    /** What heading anchors start with, so that they never take the id of an element of the page around them. */
    public static final String ANCHOR_PREFIX = "section-";

    private static final Safelist ALLOWED = Safelist.relaxed()
            .removeTags("img")
            // "#" lets a body link to one of its own headings.
            .addProtocols("a", "href", "http", "https", "mailto", "#")
            .addAttributes("a", "rel")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addAttributes("h1", "id")
            .addAttributes("h2", "id")
            .addAttributes("h3", "id")
            .addAttributes("h4", "id")
            .addAttributes("h5", "id")
            .addAttributes("h6", "id");

    private static final List<Extension> SYNTAX = List.of(TablesExtension.create(), AutolinkExtension.create());

    private final Parser parser = Parser.builder().extensions(SYNTAX).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(List.of(
                    TablesExtension.create(),
                    HeadingAnchorExtension.builder().idPrefix(ANCHOR_PREFIX).build()))
            .build();
    private final org.commonmark.renderer.markdown.MarkdownRenderer markdownWriter =
            org.commonmark.renderer.markdown.MarkdownRenderer.builder()
                    .extensions(List.of(TablesExtension.create()))
                    .build();

    public String toSafeHtml(String markdown) {
        var html = renderer.render(parser.parse(markdown == null ? "" : markdown));
        var safe = Jsoup.parseBodyFragment(Jsoup.clean(html, ALLOWED));
        // Raw HTML may name a heading as it likes; only the renderer's own anchors are kept.
        safe.select("[id]").stream()
                .filter(element -> !element.id().startsWith(ANCHOR_PREFIX))
                .forEach(element -> element.removeAttr("id"));
        return safe.body().html();
    }

    /**
     * The same Markdown with every piece of raw HTML that the renderer would have to neutralise (scripts,
     * event handlers, {@code javascript:} links, styles, frames) removed; untouched when there is none.
     */
    public String withoutUnsafeHtml(String markdown) {
        var document = parser.parse(markdown == null ? "" : markdown);
        var unsafe = new UnsafeHtmlRemover();
        document.accept(unsafe);
        return unsafe.removedAny ? markdownWriter.render(document) : markdown;
    }

    /** Safe when sanitising changes nothing. Lone tags such as {@code <b>} or {@code </b>} are fine too. */
    private static boolean isSafe(String html) {
        return Jsoup.clean(html, ALLOWED)
                .equals(Jsoup.parseBodyFragment(html).body().html());
    }

    private static final class UnsafeHtmlRemover extends AbstractVisitor {
        private boolean removedAny;

        @Override
        public void visit(HtmlBlock block) {
            if (!isSafe(block.getLiteral())) {
                block.setLiteral(Jsoup.clean(block.getLiteral(), ALLOWED));
                removedAny = true;
            }
        }

        @Override
        public void visit(HtmlInline inline) {
            if (!isSafe(inline.getLiteral())) {
                inline.setLiteral("");
                removedAny = true;
            }
        }
    }
}
