package org.newsdesk.backoffice.layout;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import com.vaadin.flow.component.Html;
import org.jsoup.nodes.Element;
import org.newsdesk.base.Formats;
import org.newsdesk.base.Language;
import org.newsdesk.counting.DailyViews;

/**
 * Views per day as an SVG line chart drawn on the server, for the start page and an article's history: one line per language, the days along the bottom, a
 * legend, and the same figures as a table for whoever does not see the lines. No script and no component library
 * draws it, so it costs the page nothing but its markup.
 */
public final class ViewsChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 220;
    private static final int LEFT = 48;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;
    /** Told apart by more than hue: each language has its own dash pattern too. */
    private record Stroke(String color, String dashes) {

        static Stroke of(Language language) {
            return switch (language) {
                case NL -> new Stroke("#0b5394", "");
                case FR -> new Stroke("#b45309", "6 3");
                case EN -> new Stroke("#15803d", "2 3");
                case DE -> new Stroke("#7c3aed", "10 3 2 3");
            };
        }
    }

    private ViewsChart() {}

    /** The chart of the days up to today, as a component that keeps no copy of it beyond its markup. */
    public static Html lastDays(
            List<DailyViews> views,
            LocalDate today,
            int days,
            Locale locale,
            BiFunction<String, Object[], String> translate) {
        return new Html(
                of(views, today.minusDays(days - 1L), today, locale, translate).outerHtml());
    }

    /**
     * @param translate an i18n key and its arguments to a text in the editor's language
     */
    private static Element of(
            List<DailyViews> views,
            LocalDate from,
            LocalDate to,
            Locale locale,
            BiFunction<String, Object[], String> translate) {
        var days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        var perLanguage = new EnumMap<Language, long[]>(Language.class);
        for (var each : views) {
            var index = (int) ChronoUnit.DAYS.between(from, each.day());
            if (index >= 0 && index < days) {
                perLanguage.computeIfAbsent(each.language(), language -> new long[days])[index] += each.views();
            }
        }
        var max = Math.max(
                1,
                perLanguage.values().stream()
                        .flatMapToLong(Arrays::stream)
                        .max()
                        .orElse(0));
        var total = views.stream().mapToLong(DailyViews::views).sum();
        var figure = new Element("figure").addClass("views-chart");
        var svg = figure.appendElement("svg")
                .attr("viewBox", "0 0 " + WIDTH + " " + HEIGHT)
                .attr("role", "img")
                .attr("aria-label", translate.apply("start.chart.summary", new Object[] {
                    days, Formats.count(total, locale)
                }));
        axes(svg, from, to, max, locale);
        perLanguage.forEach((language, counts) -> line(svg, language, counts, max, days));
        var legend = figure.appendElement("figcaption").addClass("views-chart-legend");
        perLanguage
                .keySet()
                .forEach(language -> legend.appendElement("span")
                        .addClass("views-chart-key")
                        .attr("style", "--key-color: " + Stroke.of(language).color())
                        .text(language.code().toUpperCase(Locale.ROOT)));
        if (perLanguage.isEmpty()) {
            legend.text(translate.apply("start.chart.empty", new Object[0]));
        }
        figure.appendChild(table(perLanguage, from, days, locale, translate));
        return figure;
    }

    private static void axes(Element svg, LocalDate from, LocalDate to, long max, Locale locale) {
        var bottom = HEIGHT - BOTTOM;
        svg.appendElement("line")
                .addClass("views-chart-axis")
                .attr("x1", String.valueOf(LEFT))
                .attr("y1", String.valueOf(bottom))
                .attr("x2", String.valueOf(WIDTH - RIGHT))
                .attr("y2", String.valueOf(bottom));
        label(svg, LEFT - 6, TOP + 4, "end", Formats.count(max, locale));
        label(svg, LEFT - 6, bottom, "end", "0");
        label(svg, LEFT, HEIGHT - 8, "start", Formats.date(from, locale));
        label(svg, WIDTH - RIGHT, HEIGHT - 8, "end", Formats.date(to, locale));
    }

    private static void label(Element svg, int x, int y, String anchor, String text) {
        svg.appendElement("text")
                .addClass("views-chart-label")
                .attr("x", String.valueOf(x))
                .attr("y", String.valueOf(y))
                .attr("text-anchor", anchor)
                .text(text);
    }

    private static void line(Element svg, Language language, long[] counts, long max, int days) {
        var points = new StringBuilder();
        var plotWidth = WIDTH - LEFT - RIGHT;
        var plotHeight = HEIGHT - TOP - BOTTOM;
        for (var day = 0; day < counts.length; day++) {
            var x = LEFT + (days == 1 ? plotWidth / 2.0 : plotWidth * day / (double) (days - 1));
            var y = TOP + plotHeight - plotHeight * counts[day] / (double) max;
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        var stroke = Stroke.of(language);
        svg.appendElement("polyline")
                .addClass("views-chart-line")
                .attr("data-language", language.code())
                .attr("points", points.toString().strip())
                .attr("stroke", stroke.color())
                .attr("stroke-dasharray", stroke.dashes());
    }

    /** The chart's figures for screen readers and for copying: days down, languages across. */
    private static Element table(
            Map<Language, long[]> perLanguage,
            LocalDate from,
            int days,
            Locale locale,
            BiFunction<String, Object[], String> translate) {
        var details = new Element("details").addClass("views-chart-table");
        details.appendElement("summary").text(translate.apply("start.chart.asTable", new Object[0]));
        var table = details.appendElement("table");
        var head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text(translate.apply("start.chart.day", new Object[0]));
        perLanguage
                .keySet()
                .forEach(language -> head.appendElement("th")
                        .attr("scope", "col")
                        .text(language.code().toUpperCase(Locale.ROOT)));
        var body = table.appendElement("tbody");
        for (var day = 0; day < days; day++) {
            var row = body.appendElement("tr");
            row.appendElement("th").attr("scope", "row").text(Formats.date(from.plusDays(day), locale));
            for (var counts : perLanguage.values()) {
                row.appendElement("td").text(Formats.count(counts[day], locale));
            }
        }
        return details;
    }
}
