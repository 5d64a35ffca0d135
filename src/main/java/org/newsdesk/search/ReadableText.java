package org.newsdesk.search;

import org.jsoup.Jsoup;
import org.newsdesk.markdown.MarkdownRenderer;
import org.springframework.stereotype.Component;

/** What a reader sees of a body: its Markdown rendered and reduced to its text, without addresses or markup. */
@Component
class ReadableText {

    private final MarkdownRenderer markdown;

    ReadableText(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    String ofBody(String bodyMarkdown) {
        return Jsoup.parseBodyFragment(markdown.toSafeHtml(bodyMarkdown)).text();
    }
}
