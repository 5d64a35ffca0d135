package org.newsdesk.site.html;

import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.jsoup.nodes.Element;
import org.newsdesk.base.Language;

/**
 * The one error page of the public site, for an address that leads nowhere (404), one that cannot be read (400),
 * an article unpublished for good (410) and an article that exists, but not in the address's language (404 as well,
 * with the languages it has): what
 * happened, in the visitor's language, and the way on.
 */
public final class ErrorPageHtml {

    public static final String NOT_FOUND = "notFound";
    public static final String BAD_ADDRESS = "badAddress";
    public static final String MISSING_LANGUAGE = "missingLanguage";
    public static final String GONE = "gone";

    private ErrorPageHtml() {}

    /**
     * @param kind      {@link #NOT_FOUND}, {@link #BAD_ADDRESS} or {@link #GONE}
     * @param homeHref  the news in this language, as the page can reach it (a page without Vaadin's base address
     *                  needs an absolute path)
     * @param translate the interface texts by locale and key: outside a Vaadin request there is no current provider
     */
    public static Element content(
            Language language, String kind, String homeHref, BiFunction<Locale, String, String> translate) {
        return withHomeLink(frame(language, kind, translate), language, homeHref, translate);
    }

    /**
     * The page for an article address in a language the article lacks, with a link to each version it has, named
     * in its own language.
     *
     * @param versions the site-relative address of each published version
     */
    public static Element missingLanguage(
            Language language,
            Map<Language, String> versions,
            String homeHref,
            BiFunction<Locale, String, String> translate) {
        var section = frame(language, MISSING_LANGUAGE, translate);
        var list = section.appendElement("ul").addClass("available-languages");
        for (var each : Language.values()) {
            if (versions.containsKey(each)) {
                list.appendElement("li")
                        .appendElement("a")
                        .attr("href", versions.get(each))
                        .attr("hreflang", each.code())
                        .attr("lang", each.code())
                        .text(translate.apply(each.locale(), "missingLanguage.readIn"));
            }
        }
        return withHomeLink(section, language, homeHref, translate);
    }

    private static Element frame(Language language, String kind, BiFunction<Locale, String, String> translate) {
        var locale = language.locale();
        var section = new Element("section").addClass("not-found");
        section.appendElement("h1").text(translate.apply(locale, kind + ".title"));
        section.appendElement("p").text(translate.apply(locale, kind + ".text"));
        return section;
    }

    private static Element withHomeLink(
            Element section, Language language, String homeHref, BiFunction<Locale, String, String> translate) {
        section.appendElement("p")
                .appendElement("a")
                .attr("href", homeHref)
                .text(translate.apply(language.locale(), "notFound.home"));
        return section;
    }
}
