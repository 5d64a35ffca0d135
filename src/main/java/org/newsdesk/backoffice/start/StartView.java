package org.newsdesk.backoffice.start;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.OverviewFilter;
import org.newsdesk.backoffice.layout.ViewsChart;
import org.newsdesk.base.Formats;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.counting.MostRead;
import org.newsdesk.counting.Readership;
import org.newsdesk.security.Roles;
import org.newsdesk.translation.TranslationOverview;

/**
 * Where the desk's day starts: what waits for the person signed in and for the desk (review, their drafts, drafts, scheduled and overdue
 * versions, outdated translations on the site), each leading to the list that holds it, then what readers read:
 * the most read articles of the last 7 and 30 days and the views per day and language of the last 30.
 */
@Route(Addresses.START_ROUTE)
@Menu(title = "start.title", order = 0)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN, Roles.TRANSLATOR})
class StartView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int CHART_DAYS = 30;
    private static final int MOST_READ = 5;

    private final ArticleService articles;
    private final TranslationOverview translations;
    private final Readership readership;
    private final String me;

    StartView(
            ArticleService articles,
            TranslationOverview translations,
            Readership readership,
            AuthenticationContext authentication) {
        this.articles = articles;
        this.translations = translations;
        this.readership = readership;
        this.me = authentication.getPrincipalName().orElseThrow();
        addClassName("start-page");
    }

    /** Read afresh on every visit: coming back to the start page is how the desk looks again. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var counts = articles.countOverviewByStatus(OverviewFilter.ALL);
        var outdated = translations.outdatedOnTheSite().values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        var desk = new UnorderedList(
                task(
                        "start.waitingForMyReview",
                        articles.countOverview(OverviewFilter.ALL.waitingForReviewOf(me)),
                        Addresses.BACK_OFFICE_ROUTE + "?review=mine"),
                task(
                        "start.myDrafts",
                        articles.countOverview(OverviewFilter.ALL.draftsOf(me)),
                        Addresses.BACK_OFFICE_ROUTE + "?drafts=mine"),
                task("start.drafts", counts.of(PublicationStatus.DRAFT), Addresses.BACK_OFFICE_ROUTE + "?status=draft"),
                task(
                        "start.scheduled",
                        counts.of(PublicationStatus.SCHEDULED),
                        Addresses.BACK_OFFICE_ROUTE + "?status=scheduled"),
                task("start.overdue", articles.countOverdue(), Addresses.BACK_OFFICE_ROUTE + "?status=scheduled"),
                task("start.outdated", outdated, Addresses.TRANSLATIONS_ROUTE + "?state=outdated"));
        desk.addClassName("start-desk");
        var preferred = Language.fromLocale(getLocale());
        var mostRead = new Div(
                mostRead("start.mostRead.week", readership.mostRead(7, preferred, MOST_READ)),
                mostRead("start.mostRead.month", readership.mostRead(CHART_DAYS, preferred, MOST_READ)));
        mostRead.addClassName("start-most-read");
        var chart = ViewsChart.lastDays(
                readership.daily(CHART_DAYS), readership.today(), CHART_DAYS, getLocale(), this::getTranslation);
        add(
                new H1(getTranslation("start.title")),
                section("start.desk", desk),
                section("start.mostRead", mostRead),
                section("start.chart", new Paragraph(getTranslation("start.chart.intro", CHART_DAYS)), chart));
    }

    private ListItem task(String key, int count, String href) {
        var link = new Anchor(href, getTranslation(key));
        var figure = new Span(Formats.count(count, getLocale()));
        figure.addClassName("start-count");
        var item = new ListItem(figure, link);
        item.addClassName(count == 0 ? "start-task-done" : "start-task");
        return item;
    }

    private Div mostRead(String key, List<MostRead> read) {
        var column = new Div(new H3(getTranslation(key)));
        if (read.isEmpty()) {
            column.add(new Paragraph(getTranslation("start.mostRead.none")));
            return column;
        }
        var list = new OrderedList();
        for (var each : read) {
            var views =
                    new Span(getTranslation("article.views", Formats.count(each.views(), getLocale()), each.views()));
            views.addClassName("start-views");
            list.add(new ListItem(new Anchor(Addresses.articleEditor(each.articleId()), each.title()), views));
        }
        column.add(list);
        return column;
    }

    private Section section(String key, com.vaadin.flow.component.Component... content) {
        var section = new Section(new H2(getTranslation(key)));
        section.add(content);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("start.title") + " | " + getTranslation("admin.title");
    }
}
