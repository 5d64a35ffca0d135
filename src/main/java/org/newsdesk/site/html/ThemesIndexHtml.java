package org.newsdesk.site.html;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.i18n.I18NProvider;
import org.jsoup.nodes.Element;
import org.newsdesk.base.Formats;
import org.newsdesk.base.Language;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.theme.ThemeOverview;

/**
 * The themes index: every theme of one language with what it is about, how much news it has and the years its
 * action timeline spans, so that a reader can find a subject without first finding one of its articles. The live
 * page and the first response both show exactly this.
 */
public final class ThemesIndexHtml {

    private ThemesIndexHtml() {}

    public static List<Element> content(Language language, List<ThemeOverview> themes) {
        var locale = language.locale();
        var content = new ArrayList<Element>();
        content.add(new Element("h1").addClass("page-title").text(I18NProvider.translate(locale, "themes.title")));
        if (themes.isEmpty()) {
            content.add(new Element("p").text(I18NProvider.translate(locale, "themes.none")));
            return content;
        }
        content.add(new Element("p").addClass("themes-intro").text(I18NProvider.translate(locale, "themes.intro")));
        var list = new Element("ul").addClass("themes-index");
        for (var overview : themes) {
            var theme = overview.theme();
            var card = list.appendElement("li").appendElement("article").addClass("theme-card");
            card.appendElement("h2")
                    .addClass("theme-card-title")
                    .appendElement("a")
                    .attr("href", Addresses.theme(language, theme.slug()))
                    .attr("router-link", "")
                    .text(theme.name());
            if (theme.description() != null && !theme.description().isBlank()) {
                card.appendElement("p").addClass("theme-card-description").text(theme.description());
            }
            var facts = new ArrayList<String>();
            facts.add(I18NProvider.translate(
                    locale,
                    "themes.articles",
                    Formats.count(overview.publishedArticles(), language),
                    overview.publishedArticles()));
            if (overview.firstYear() != null && overview.lastYear() != null) {
                facts.add(years(language, overview.firstYear(), overview.lastYear()));
            }
            card.appendElement("p").addClass("theme-card-facts").text(String.join(" · ", facts));
        }
        content.add(list);
        return content;
    }

    private static String years(Language language, int first, int last) {
        return first == last
                ? I18NProvider.translate(language.locale(), "themes.actionsIn", String.valueOf(first))
                : I18NProvider.translate(
                        language.locale(), "themes.actionsFromTo", String.valueOf(first), String.valueOf(last));
    }
}
