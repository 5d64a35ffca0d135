package org.newsdesk.base.ui;

import java.util.List;

import com.vaadin.flow.component.HasElement;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Server-rendered HTML that a public page writes into the browser's page without keeping a copy in the
 * visitor's session. An {@code Html} component would keep its whole markup in the session's state tree for as
 * long as the tab stays open, although the server never needs it again: the links are plain links, and forms
 * submit by GET. Here the markup travels once, with the response that shows it, and the server keeps only the
 * empty element it goes into. Whatever the server adds to that element itself would sit next to it, so
 * containers filled this way get no server-side children.
 */
public final class BrowserHtml {

    private BrowserHtml() {}

    /** Makes these nodes the target's whole content, in place of what it showed before. */
    public static void replaceContent(HasElement target, List<? extends Node> content) {
        target.getElement().executeJs("this.innerHTML = $0", compact(content));
    }

    /** Adds the content after what the target already shows. */
    public static void append(HasElement target, Element content) {
        target.getElement().executeJs("this.insertAdjacentHTML('beforeend', $0)", compact(content));
    }

    /**
     * Vaadin keeps each tab's last response, in case the browser asks for it again; after HTML was written that way
     * it holds all of it, tens of kilobytes after a navigation, for as long as the tab stays open. One empty round
     * trip right after the response replaces it with a response of a few bytes.
     */
    public static void releaseLastResponse(HasElement page) {
        page.getElement().executeJs("return null").then(ignored -> {});
    }

    /** The markup without the indentation and line breaks of jsoup's pretty printing: bytes no one reads. */
    private static String compact(List<? extends Node> nodes) {
        var html = new StringBuilder();
        nodes.forEach(node -> html.append(compact(node)));
        return html.toString();
    }

    /**
     * One node's markup without pretty printing, which also matters where white space is shown as it is
     * ({@code white-space: pre-wrap}): there the indentation would show.
     */
    public static String compact(Node node) {
        var shell = new Document("");
        shell.outputSettings().prettyPrint(false);
        var copy = node.clone();
        shell.appendChild(copy);
        return copy.outerHtml();
    }
}
