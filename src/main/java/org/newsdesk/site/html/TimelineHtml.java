package org.newsdesk.site.html;

import java.util.List;

import com.vaadin.flow.i18n.I18NProvider;
import org.jsoup.nodes.Element;
import org.newsdesk.base.Formats;
import org.newsdesk.base.Language;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.theme.TimelineYear;

/** A theme's yearly action timeline as one HTML fragment: "In 2021 … In 2019 …", newest year first. */
public final class TimelineHtml {

    private TimelineHtml() {}

    /** @param headingTag the level of the section heading; years get the level below it */
    public static Element timeline(List<TimelineYear> years, String themeName, Language language, String headingTag) {
        var locale = language.locale();
        var section = new Element("section").addClass("timeline").attr("aria-labelledby", "timeline-title");
        section.appendElement(headingTag)
                .id("timeline-title")
                .text(I18NProvider.translate(locale, "timeline.title", themeName));
        var yearTag = "h" + (Integer.parseInt(headingTag.substring(1)) + 1);
        var list = section.appendElement("ol").addClass("timeline-years");
        for (var year : years) {
            var item = list.appendElement("li").addClass("timeline-year");
            item.appendElement(yearTag)
                    .addClass("timeline-year-label")
                    .text(I18NProvider.translate(locale, "timeline.year", String.valueOf(year.year())));
            var actions = item.appendElement("ul").addClass("timeline-actions");
            for (var action : year.actions()) {
                var entry = actions.appendElement("li").addClass("timeline-action");
                if (action.date() != null) {
                    entry.appendElement("time")
                            .attr("datetime", action.date().toString())
                            .text(Formats.date(action.date(), language));
                }
                var text = entry.appendElement("p");
                if (action.textLanguage() != language) {
                    // Shown rather than hidden, and marked, so that a screen reader reads it in its own language.
                    text.attr("lang", action.textLanguage().code());
                    text.appendElement("span")
                            .addClass("timeline-language")
                            .text(I18NProvider.translate(action.textLanguage().locale(), "language.name"));
                    text.appendText(" ");
                }
                text.appendText(action.text());
                if (action.articleSlug() != null) {
                    entry.appendElement("a")
                            .attr("href", Addresses.article(language, action.articleSlug()))
                            .attr("router-link", "")
                            .text(I18NProvider.translate(locale, "timeline.readArticle"));
                }
            }
        }
        return section;
    }
}
