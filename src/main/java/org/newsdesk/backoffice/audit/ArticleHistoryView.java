package org.newsdesk.backoffice.audit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.backoffice.layout.ViewsChart;
import org.newsdesk.base.SiteTime;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.counting.Readership;
import org.newsdesk.editorial.EditorialService;
import org.newsdesk.history.ArticleHistory;
import org.newsdesk.history.HistoryEntry;
import org.newsdesk.security.Roles;

/**
 * One article's history, newest first: its state changes, review decisions and publications (as the audit log
 * tells them), every revision of each language version, the internal notes and the corrections readers were told of;
 * above them, folded, its views per day and language of the last 30 days.
 */
@Route(Addresses.ARTICLE_HISTORY_ROUTE)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN, Roles.TRANSLATOR})
class ArticleHistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int CHART_DAYS = 30;

    private final ArticleHistory history;
    private final EditorialService editorial;
    private final SiteTime siteTime;
    private final H1 heading = new H1();
    private final Anchor back = new Anchor();
    private final Grid<HistoryEntry> entries = new Grid<>();
    private final Details readers = new Details();
    private final Readership readership;

    ArticleHistoryView(ArticleHistory history, EditorialService editorial, SiteTime siteTime, Readership readership) {
        this.history = history;
        this.readership = readership;
        this.editorial = editorial;
        this.siteTime = siteTime;
        addClassName("article-history");
        back.setText(getTranslation("history.back"));
        entries.addColumn(entry -> siteTime.dateTime(entry.at(), getLocale()))
                .setHeader(getTranslation("audit.column.time"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        entries.addColumn(new ComponentRenderer<>(this::describe))
                .setHeader(getTranslation("audit.column.what"))
                .setFlexGrow(1);
        entries.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        entries.setSizeFull();
        readers.setSummaryText(getTranslation("history.views", CHART_DAYS));
        readers.addClassName("history-views");
        setSizeFull();
        add(back, heading, readers, entries);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var articleId = event.getRouteParameters().getLong("articleId").orElseThrow(NotFoundException::new);
        var article = editorial.load(articleId).orElseThrow(NotFoundException::new);
        var title = article.versions().values().stream()
                .filter(version -> !version.title().isEmpty())
                .findFirst()
                .map(version -> version.title())
                .orElse("");
        heading.setText(getTranslation("history.title", title));
        back.setHref(Addresses.articleEditor(articleId));
        readers.removeAll();
        readers.add(ViewsChart.lastDays(
                readership.dailyOf(articleId, CHART_DAYS),
                readership.today(),
                CHART_DAYS,
                getLocale(),
                this::getTranslation));
        var found = history.of(articleId);
        entries.setItems(found);
        if (found.isEmpty()) {
            add(new Paragraph(getTranslation("history.none")));
        }
    }

    private Component describe(HistoryEntry entry) {
        return switch (entry) {
            case HistoryEntry.Recorded recorded -> new AuditSentence(recorded.event());
            case HistoryEntry.Kept kept ->
                new Span(getTranslation(
                        "history.revision." + kept.revision().kind().name(),
                        kept.revision().savedBy(),
                        kept.language().code(),
                        getTranslation(
                                "status." + kept.revision().version().status().name()),
                        kept.revision().version().title()));
            case HistoryEntry.Noted noted ->
                new Span(getTranslation(
                        "history.note." + noted.note().kind().name(),
                        noted.note().writtenBy(),
                        noted.note().language() == null
                                ? ""
                                : " (" + noted.note().language().code() + ")",
                        noted.note().text()));
            case HistoryEntry.Corrected corrected ->
                new Span(getTranslation(
                        "history.corrected",
                        corrected.change().notedBy(),
                        corrected.change().language().code(),
                        getTranslation(
                                "changeKind." + corrected.change().note().kind().name()),
                        corrected.change().note().text()));
        };
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " | " + getTranslation("admin.title");
    }
}
