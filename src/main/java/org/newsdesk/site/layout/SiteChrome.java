package org.newsdesk.site.layout;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.i18n.I18NProvider;
import org.jsoup.nodes.Element;
import org.newsdesk.base.Language;
import org.newsdesk.base.web.Addresses;

/**
 * The public site's header (name and language switch) and footer, as HTML: the same markup for the live pages
 * and the pre-rendered first response, and one light component each instead of a component per link.
 */
public final class SiteChrome {

    private SiteChrome() {}

    /** @param alternates this page in other languages; a language without one links to its news */
    public static Element header(Language current, Map<Language, String> alternates) {
        var locale = current.locale();
        var header = new Element("header").addClass("site-header");
        header.appendElement("a")
                .addClass("site-brand")
                .attr("href", Addresses.news(current))
                .attr("router-link", "")
                .text(I18NProvider.translate(locale, "site.name"));
        var languages = header.appendElement("nav")
                .addClass("language-switch")
                .attr("aria-label", I18NProvider.translate(locale, "language.switch"));
        for (var language : Language.values()) {
            var link = languages
                    .appendElement("a")
                    .attr("href", alternates.getOrDefault(language, Addresses.news(language)))
                    .attr("router-link", "")
                    .attr("lang", language.code())
                    .attr("hreflang", language.code())
                    .attr("title", I18NProvider.translate(language.locale(), "language.name"))
                    .text(language.code().toUpperCase(Locale.ROOT));
            if (language == current) {
                link.attr("aria-current", "true");
            }
        }
        return header;
    }

    public static Element footer(Language current) {
        var footer = new Element("footer").addClass("site-footer");
        footer.appendElement("p").text(I18NProvider.translate(current.locale(), "site.footer"));
        return footer;
    }
}
