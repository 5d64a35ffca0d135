package org.newsdesk.backoffice.article;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.article.ArticleOverview;
import org.newsdesk.article.ArticleService;
import org.newsdesk.article.OverviewFilter;
import org.newsdesk.base.Formats;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.SiteTime;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.security.Roles;
import org.newsdesk.theme.Theme;
import org.newsdesk.theme.ThemeService;

/**
 * The back office start page: every article with its languages and their states, filtered by title, theme,
 * language and state, loaded page by page as the editor scrolls.
 */
@Route(Addresses.BACK_OFFICE_ROUTE)
@Menu(title = "admin.articles", order = 1)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
class ArticleAdminListView extends VerticalLayout implements HasDynamicTitle {

    private static final String DATE_COLUMN = "date";

    private final TextField title = new TextField();
    private final ComboBox<Theme> theme = new ComboBox<>();
    private final Select<Language> language = new Select<>();
    private final Select<PublicationStatus> status = new Select<>();
    private final Grid<ArticleOverview> grid = new Grid<>();

    ArticleAdminListView(ArticleService articles, ThemeService themes, SiteTime siteTime) {
        var editorLanguage = Language.fromLocale(getLocale());
        grid.addColumn(ArticleOverview::title)
                .setHeader(getTranslation("admin.column.title"))
                .setFlexGrow(3);
        grid.addColumn(article -> Formats.date(article.publicationDate(), editorLanguage))
                .setHeader(getTranslation("admin.column.date"))
                .setKey(DATE_COLUMN)
                .setSortable(true);
        grid.addColumn(ArticleOverview::themeName).setHeader(getTranslation("admin.column.theme"));
        grid.addColumn(article ->
                        article.languages().stream().map(Language::code).collect(Collectors.joining(" ")))
                .setHeader(getTranslation("admin.column.languages"));
        grid.addColumn(article -> article.statuses().stream()
                        .map(state -> getTranslation("status." + state))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("admin.column.status"));
        grid.addColumn(article -> article.author() == null ? "–" : article.author())
                .setHeader(getTranslation("admin.column.author"));
        grid.addColumn(article -> article.updatedBy() == null
                        ? siteTime.dateTime(article.updatedAt(), editorLanguage)
                        : getTranslation(
                                "admin.column.updatedByAt",
                                siteTime.dateTime(article.updatedAt(), editorLanguage),
                                article.updatedBy()))
                .setHeader(getTranslation("admin.column.updated"));
        grid.addColumn(article -> Formats.count(article.views(), editorLanguage))
                .setHeader(getTranslation("admin.column.views"));
        grid.setItems(
                query -> articles
                        .overview(
                                editorLanguage,
                                filter(oldestFirst(query.getSortOrders())),
                                query.getOffset(),
                                query.getLimit())
                        .stream(),
                query -> articles.countOverview(filter(false)));
        grid.setSizeFull();
        grid.addItemClickListener(click -> UI.getCurrent()
                .navigate(
                        ArticleEditorView.class,
                        ArticleEditorView.of(click.getItem().articleId())));

        title.setPlaceholder(getTranslation("admin.filter.title"));
        title.setAriaLabel(getTranslation("admin.filter.title"));
        title.setPrefixComponent(VaadinIcon.SEARCH.create());
        title.setClearButtonVisible(true);
        title.setValueChangeMode(ValueChangeMode.LAZY);
        theme.setPlaceholder(getTranslation("admin.filter.theme"));
        theme.setAriaLabel(getTranslation("admin.filter.theme"));
        theme.setItems(themes.all(editorLanguage));
        theme.setItemLabelGenerator(Theme::name);
        theme.setClearButtonVisible(true);
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("admin.filter.anyLanguage"));
        language.setAriaLabel(getTranslation("admin.column.languages"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(each -> each == null
                ? getTranslation("admin.filter.anyLanguage")
                : getTranslation(each.locale(), "language.name"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("admin.filter.anyStatus"));
        status.setAriaLabel(getTranslation("admin.column.status"));
        status.setItems(PublicationStatus.values());
        status.setItemLabelGenerator(each ->
                each == null ? getTranslation("admin.filter.anyStatus") : getTranslation("status." + each.name()));
        title.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        theme.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        language.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        var create = new Button(
                getTranslation("admin.newArticle"),
                VaadinIcon.PLUS.create(),
                click -> UI.getCurrent().navigate(ArticleEditorView.class));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(new H1(getTranslation("admin.articles")), create);
        header.setAlignItems(Alignment.BASELINE);
        var filters = new HorizontalLayout(title, theme, language, status);
        filters.setWrap(true);
        setSizeFull();
        add(header, filters, grid);
    }

    private OverviewFilter filter(boolean oldestFirst) {
        return new OverviewFilter(
                title.getValue(),
                theme.getValue() == null ? null : theme.getValue().id(),
                language.getValue(),
                status.getValue(),
                oldestFirst);
    }

    private static boolean oldestFirst(List<QuerySortOrder> sortOrders) {
        return sortOrders.stream()
                .anyMatch(order ->
                        DATE_COLUMN.equals(order.getSorted()) && order.getDirection() == SortDirection.ASCENDING);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.articles") + " | " + getTranslation("admin.title");
    }
}
