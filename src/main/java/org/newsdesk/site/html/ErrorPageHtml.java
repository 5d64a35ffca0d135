package org.newsdesk.site.html;

import java.util.Locale;
import java.util.function.BiFunction;

import org.jsoup.nodes.Element;
import org.newsdesk.base.Language;

/**
 * The one error page of the public site, for an address that leads nowhere (404) and one that cannot be read
 * (400): what happened, in the visitor's language, and the way back to the news.
 */
public final class ErrorPageHtml {

    public static final String NOT_FOUND = "notFound";
    public static final String BAD_ADDRESS = "badAddress";

    private ErrorPageHtml() {}

    /**
     * @param kind      {@link #NOT_FOUND} or {@link #BAD_ADDRESS}
     * @param homeHref  the news in this language, as the page can reach it (a page without Vaadin's base address
     *                  needs an absolute path)
     * @param translate the interface texts by locale and key: outside a Vaadin request there is no current provider
     */
    public static Element content(
            Language language, String kind, String homeHref, BiFunction<Locale, String, String> translate) {
        var locale = language.locale();
        var section = new Element("section").addClass("not-found");
        section.appendElement("h1").text(translate.apply(locale, kind + ".title"));
        section.appendElement("p").text(translate.apply(locale, kind + ".text"));
        section.appendElement("p")
                .appendElement("a")
                .attr("href", homeHref)
                .text(translate.apply(locale, "notFound.home"));
        return section;
    }
}
