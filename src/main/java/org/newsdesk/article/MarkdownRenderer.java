package org.newsdesk.article;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Turns an article body written in Markdown into HTML that is safe to show: the one renderer behind the public
 * page, previews and feeds, so they never disagree. Raw HTML in the body is sanitised, not trusted.
 */
@Component
public class MarkdownRenderer {

    private static final Safelist ALLOWED = Safelist.relaxed()
            .removeTags("img")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addAttributes("a", "rel");

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().build();

    public String toSafeHtml(String markdown) {
        var html = renderer.render(parser.parse(markdown == null ? "" : markdown));
        return Jsoup.clean(html, ALLOWED);
    }
}
