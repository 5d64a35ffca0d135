package org.newsdesk.backoffice.article;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.article.ArticleOverview;
import org.newsdesk.article.ArticleService;
import org.newsdesk.backoffice.translation.OutdatedTranslationsNote;
import org.newsdesk.base.Formats;
import org.newsdesk.base.Language;
import org.newsdesk.base.SiteTime;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.security.EditingRights;
import org.newsdesk.security.Roles;
import org.newsdesk.theme.Theme;
import org.newsdesk.theme.ThemeService;
import org.newsdesk.translation.TranslationOverview;

/**
 * The back office start page: every article with the state of each language version, filtered by title, theme,
 * language and state, with a count per state, loaded page by page as the editor scrolls. The filters live in the
 * address, so Back and reload keep them.
 */
@Route(Addresses.BACK_OFFICE_ROUTE)
@Menu(title = "admin.articles", order = 1)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN, Roles.TRANSLATOR})
class ArticleAdminListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String DATE_COLUMN = "date";

    private final ArticleService articles;
    private final TextField title = new TextField();
    private final ComboBox<Theme> theme = new ComboBox<>();
    private final Select<Language> language = new Select<>();
    private final Checkbox waitingForMyReview = new Checkbox();
    private final Checkbox myDrafts = new Checkbox();
    private final String me;
    private final StateCounts counts = new StateCounts();
    private final Grid<ArticleOverview> grid = new Grid<>();
    private final OutdatedTranslationsNote outdatedTranslations;
    private ListAddress address = ListAddress.EVERYTHING;

    ArticleAdminListView(
            ArticleService articles,
            ThemeService themes,
            TranslationOverview translations,
            SiteTime siteTime,
            AuthenticationContext authentication) {
        this.articles = articles;
        this.me = authentication.getPrincipalName().orElseThrow();
        this.outdatedTranslations = new OutdatedTranslationsNote(translations);
        var editorLanguage = Language.fromLocale(getLocale());
        grid.addColumn(new ComponentRenderer<>(article -> titleOf(article, editorLanguage)))
                .setHeader(getTranslation("admin.column.title"))
                .setTooltipGenerator(ArticleOverview::title)
                .setWidth("14rem")
                .setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(article -> new VersionStates(article.versions(), siteTime)))
                .setHeader(getTranslation("admin.column.versions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(article -> Formats.date(article.publicationDate(), getLocale()))
                .setHeader(getTranslation("admin.column.date"))
                .setKey(DATE_COLUMN)
                .setSortable(true);
        grid.addColumn(ArticleOverview::themeName).setHeader(getTranslation("admin.column.theme"));
        grid.addColumn(article -> article.author() == null ? "–" : article.author())
                .setHeader(getTranslation("admin.column.author"));
        grid.addColumn(article -> article.updatedBy() == null
                        ? siteTime.dateTime(article.updatedAt(), getLocale())
                        : getTranslation(
                                "admin.column.updatedByAt",
                                siteTime.dateTime(article.updatedAt(), getLocale()),
                                article.updatedBy()))
                .setHeader(getTranslation("admin.column.updated"));
        grid.addColumn(new ComponentRenderer<>(article -> new ViewFigures(article, editorLanguage)))
                .setHeader(getTranslation("admin.column.views"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(
                query -> articles
                        .overview(
                                editorLanguage,
                                address.filter(oldestFirst(query.getSortOrders()), me),
                                query.getOffset(),
                                query.getLimit())
                        .stream(),
                query -> articles.countOverview(address.filter(false, me)));
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
        title.addValueChangeListener(change -> filtered(change.isFromClient()));
        theme.addValueChangeListener(change -> filtered(change.isFromClient()));
        language.addValueChangeListener(change -> filtered(change.isFromClient()));
        waitingForMyReview.setLabel(getTranslation("admin.filter.waitingForMyReview"));
        waitingForMyReview.addValueChangeListener(change -> filtered(change.isFromClient()));
        myDrafts.setLabel(getTranslation("admin.filter.myDrafts"));
        myDrafts.addValueChangeListener(change -> filtered(change.isFromClient()));

        var create = new Button(
                getTranslation("admin.newArticle"),
                VaadinIcon.PLUS.create(),
                click -> UI.getCurrent().navigate(ArticleEditorView.class));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Translators translate what editors started.
        create.setVisible(
                EditingRights.of(authentication.getGrantedAuthorities()).wholeArticle());
        var header = new HorizontalLayout(new H1(getTranslation("admin.articles")), create);
        header.setAlignItems(Alignment.BASELINE);
        var filters = new HorizontalLayout(title, theme, language, waitingForMyReview, myDrafts);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        setSizeFull();
        add(header, outdatedTranslations, filters, counts, grid);
    }

    /** Shows the list the address asks for; the fields follow it, and their own changes lead to a new address. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        address = ListAddress.of(event.getLocation().getQueryParameters());
        title.setValue(address.text());
        theme.setValue(theme.getListDataView()
                .getItems()
                .filter(each -> address.themeId() != null && each.id() == address.themeId())
                .findFirst()
                .orElse(null));
        language.setValue(address.language());
        waitingForMyReview.setValue(address.waitingForMyReview());
        myDrafts.setValue(address.myDrafts());
        counts.show(address, articles.countOverviewByStatus(address.filter(false, me)));
        outdatedTranslations.refresh();
        grid.getDataProvider().refreshAll();
    }

    private void filtered(boolean byEditor) {
        if (!byEditor) {
            return;
        }
        var chosen = new ListAddress(
                title.getValue(),
                theme.getValue() == null ? null : theme.getValue().id(),
                language.getValue(),
                address.status(),
                waitingForMyReview.getValue(),
                myDrafts.getValue());
        UI.getCurrent().navigate(ArticleAdminListView.class, chosen.parameters());
    }

    /** The title in the editor's language when the article has one; otherwise the language is named beside it. */
    private Div titleOf(ArticleOverview article, Language editorLanguage) {
        var cell = new Div(new Span(article.title()));
        cell.addClassName("overview-title");
        if (article.titleLanguage() != editorLanguage) {
            var marker = new Span(article.titleLanguage().code());
            marker.getElement().getThemeList().add("badge contrast small");
            marker.getElement()
                    .setAttribute(
                            "title", getTranslation(article.titleLanguage().locale(), "language.name"));
            marker.getElement().setAttribute("lang", article.titleLanguage().code());
            cell.getElement().setAttribute("lang", article.titleLanguage().code());
            cell.add(marker);
        }
        return cell;
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
