package org.newsdesk.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Article bodies are Markdown. This is the one renderer behind the public page, the editor's preview and the
 * feeds, so they never disagree. Raw HTML in a body is never trusted: it is sanitised when rendered, and
 * dangerous HTML is taken out of the source when an editor saves.
 */
@Component
public class MarkdownRenderer {

    private static final Safelist ALLOWED = Safelist.relaxed()
            .removeTags("img")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addAttributes("a", "rel");

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().build();
    private final org.commonmark.renderer.markdown.MarkdownRenderer markdownWriter =
            org.commonmark.renderer.markdown.MarkdownRenderer.builder().build();

    public String toSafeHtml(String markdown) {
        var html = renderer.render(parser.parse(markdown == null ? "" : markdown));
        return Jsoup.clean(html, ALLOWED);
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
