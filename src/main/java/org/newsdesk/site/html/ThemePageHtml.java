package org.newsdesk.site.html;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.i18n.I18NProvider;
import org.jsoup.nodes.Element;
import org.newsdesk.article.ArticleCard;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.theme.Theme;
import org.newsdesk.theme.TimelineYear;

/**
 * What a theme page shows, in order: its name, what it is about, its yearly action timeline, its latest news and a
 * link to all of it. The live page and the first response both show exactly this.
 */
public final class ThemePageHtml {

    /** How many of the theme's latest articles the page lists. */
    public static final int NEWS_SHOWN = 6;

    private ThemePageHtml() {}

    public static List<Element> content(Theme theme, List<TimelineYear> timeline, List<ArticleCard> news) {
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
        content.add(
                news.isEmpty()
                        ? new Element("p").text(I18NProvider.translate(locale, "grid.noMatch"))
                        : ArticleHtml.cards(news, language, "news-grid", "h3"));
        content.add(new Element("a")
                .addClass("more-news")
                .attr("href", Addresses.newsOfTheme(language, theme.slug()))
                .text(I18NProvider.translate(locale, "theme.allNews", theme.name())));
        return content;
    }
}
