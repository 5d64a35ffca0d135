package org.newsdesk.site.layout;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.i18n.I18NProvider;
import org.jsoup.nodes.Element;
import org.newsdesk.base.Language;
import org.newsdesk.base.web.Addresses;

/**
 * The public site's header (name, navigation and language switch) and footer, as HTML: the same markup for the live pages
 * and the pre-rendered first response, and one light component each instead of a component per link.
 */
public final class SiteChrome {

    private SiteChrome() {}

    /**
     * @param alternates this page in other languages; a language without one links to its news
     * @param section    the part of the site the page belongs to, marked as current in the navigation
     */
    public static Element header(Language current, Map<Language, String> alternates, SiteSection section) {
        var locale = current.locale();
        var header = new Element("header").addClass("site-header");
        header.appendElement("a")
                .addClass("site-brand")
                .attr("href", Addresses.news(current))
                .attr("router-link", "")
                .text(I18NProvider.translate(locale, "site.name"));
        var navigation = header.appendElement("nav")
                .addClass("site-nav")
                .attr("aria-label", I18NProvider.translate(locale, "nav.label"));
        var news = sectionLink(navigation, Addresses.news(current), I18NProvider.translate(locale, "nav.news"));
        var themes = sectionLink(navigation, Addresses.themes(current), I18NProvider.translate(locale, "nav.themes"));
        switch (section) {
            case NEWS -> news.attr("aria-current", "page");
            case THEMES -> themes.attr("aria-current", "page");
            case NONE -> {}
        }
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

    /** Where every page leads: the sections, the language's feed, and who publishes the site. */
    public static Element footer(Language current) {
        var locale = current.locale();
        var footer = new Element("footer").addClass("site-footer");
        var links = footer.appendElement("nav")
                .attr("aria-label", I18NProvider.translate(locale, "footer.label"))
                .appendElement("ul")
                .addClass("footer-links");
        sectionLink(links.appendElement("li"), Addresses.news(current), I18NProvider.translate(locale, "nav.news"));
        sectionLink(links.appendElement("li"), Addresses.themes(current), I18NProvider.translate(locale, "nav.themes"));
        links.appendElement("li")
                .appendElement("a")
                .attr("href", Addresses.languageFeed(current))
                .attr("type", "application/rss+xml")
                .text(I18NProvider.translate(locale, "footer.feed"));
        footer.appendElement("p").text(I18NProvider.translate(locale, "site.footer"));
        return footer;
    }

    private static Element sectionLink(Element parent, String href, String text) {
        return parent.appendElement("a")
                .attr("href", href)
                .attr("router-link", "")
                .text(text);
    }
}
