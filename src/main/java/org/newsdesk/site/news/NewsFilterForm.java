package org.newsdesk.site.news;

import java.util.List;

import com.vaadin.flow.i18n.I18NProvider;
import org.jsoup.nodes.Element;
import org.newsdesk.base.Language;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.theme.Theme;

/**
 * The news grid's search and filters as a plain GET form: the filter state lives in the URL, so it can be
 * shared, bookmarked and restored by the back button, it works before any script runs, and it costs the
 * server no component per visitor.
 */
final class NewsFilterForm {

    private NewsFilterForm() {}

    /**
     * The form shows the address's selection; submitting it starts at the newest news again, since the page's
     * place is no field of it.
     *
     * @param idPrefix put before the fields' ids: the first response's copy of the page stays in the document,
     *                 hidden, once the live page is drawn, and a label belongs to the first element with its
     *                 {@code for} id, so the two copies must not share ids
     */
    static Element render(
            Language language, NewsAddress selection, List<Theme> themes, List<Integer> years, String idPrefix) {
        var locale = language.locale();
        var form = new Element("form")
                .addClass("news-filters")
                .attr("role", "search")
                .attr("method", "get")
                .attr("action", Addresses.news(language));
        var search = field(form, idPrefix + "news-q", I18NProvider.translate(locale, "filter.search"));
        search.appendElement("input")
                .id(idPrefix + "news-q")
                .attr("type", "search")
                .attr("name", "q")
                .attr("maxlength", "200")
                .attr("value", selection.text());

        var theme = field(form, idPrefix + "news-theme", I18NProvider.translate(locale, "filter.theme"))
                .appendElement("select")
                .id(idPrefix + "news-theme")
                .attr("name", "theme");
        option(theme, "", I18NProvider.translate(locale, "filter.allThemes"), selection.themeSlug() == null);
        themes.forEach(
                each -> option(theme, each.slug(), each.name(), each.slug().equals(selection.themeSlug())));

        var year = field(form, idPrefix + "news-year", I18NProvider.translate(locale, "filter.year"))
                .appendElement("select")
                .id(idPrefix + "news-year")
                .attr("name", "year");
        option(year, "", I18NProvider.translate(locale, "filter.allYears"), selection.year() == null);
        years.forEach(each -> option(year, each.toString(), each.toString(), each.equals(selection.year())));

        var actions = form.appendElement("div").addClass("news-filter-actions");
        actions.appendElement("button").attr("type", "submit").text(I18NProvider.translate(locale, "filter.apply"));
        if (selection.isFiltered()) {
            actions.appendElement("a")
                    .addClass("news-filter-clear")
                    .attr("href", Addresses.news(language))
                    .text(I18NProvider.translate(locale, "filter.clear"));
        }
        return form;
    }

    private static Element field(Element form, String id, String label) {
        var field = form.appendElement("div").addClass("news-filter");
        field.appendElement("label").attr("for", id).text(label);
        return field;
    }

    private static void option(Element select, String value, String label, boolean selected) {
        var option = select.appendElement("option").attr("value", value).text(label);
        if (selected) {
            option.attr("selected", true);
        }
    }
}
