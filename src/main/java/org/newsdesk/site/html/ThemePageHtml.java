package org.newsdesk.site.html;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.i18n.I18NProvider;
import org.jsoup.nodes.Element;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.theme.Theme;
import org.newsdesk.theme.TimelineYear;

/**
 * What a theme page shows, in order: its name, what it is about, its yearly action timeline, its featured and latest
 * news and a link to all of it. The live page and the first response both show exactly this.
 */
public final class ThemePageHtml {

    private ThemePageHtml() {}

    public static List<Element> content(Theme theme, List<TimelineYear> timeline, ThemeNews news) {
        var language = theme.language();
        var locale = language.locale();
        var content = new ArrayList<Element>();
        content.add(new Element("h1").addClass("page-title").text(theme.name()));
        if (theme.description() != null && !theme.description().isBlank()) {
            content.add(new Element("p").addClass("theme-description").text(theme.description()));
        }
        if (!timeline.isEmpty()) {
            content.add(TimelineHtml.timeline(timeline, theme.name(), language, "h2"));
        }
        content.add(new Element("h2").text(I18NProvider.translate(locale, "theme.news")));
        if (news.isEmpty()) {
            content.add(new Element("p").text(I18NProvider.translate(locale, "grid.noMatch")));
        }
        if (!news.featured().isEmpty()) {
            content.add(ArticleHtml.featuredCards(news.featured(), language, "h3"));
        }
        if (!news.latest().isEmpty()) {
            content.add(ArticleHtml.cards(news.latest(), language, "news-grid", "h3"));
        }
        content.add(new Element("a")
                .addClass("more-news")
                .attr("href", Addresses.newsOfTheme(language, theme.slug()))
                .text(I18NProvider.translate(locale, "theme.allNews", theme.name())));
        return content;
    }
}
