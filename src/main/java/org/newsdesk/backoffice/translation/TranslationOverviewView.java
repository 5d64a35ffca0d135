package org.newsdesk.backoffice.translation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Formats;
import org.newsdesk.base.Language;
import org.newsdesk.base.SiteTime;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.security.Roles;
import org.newsdesk.translation.TranslationFilter;
import org.newsdesk.translation.TranslationOverview;
import org.newsdesk.translation.TranslationRow;
import org.newsdesk.translation.TranslationState;

/**
 * Every article's state in every language, the longest-outdated first, filtered by language and state; a click on
 * a language's cell opens the editor on that language (cells hold no links: a link inside a grid cell is a target
 * the cell overlaps, which fails WCAG 2.2's target size). The filters live in the address, so a link can name "outdated French".
 */
@Route(Addresses.TRANSLATIONS_ROUTE)
@Menu(title = "admin.translations", order = 3)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN, Roles.TRANSLATOR})
class TranslationOverviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String LANGUAGE_PARAMETER = "lang";
    static final String STATE_PARAMETER = "state";

    private final TranslationOverview overview;
    private final Select<Language> language = new Select<>();
    private final Select<TranslationState> state = new Select<>();
    private final OutdatedTranslationsNote outdatedOnTheSite;
    private final Grid<TranslationRow> grid = new Grid<>();
    private TranslationFilter filter = TranslationFilter.ALL;

    TranslationOverviewView(TranslationOverview overview, SiteTime siteTime) {
        this.overview = overview;
        this.outdatedOnTheSite = new OutdatedTranslationsNote(overview);
        var editorLanguage = Language.fromLocale(getLocale());
        grid.addColumn(new ComponentRenderer<>(row -> titleOf(row, editorLanguage)))
                .setHeader(getTranslation("admin.column.title"))
                .setFlexGrow(3);
        grid.addColumn(row -> Formats.date(row.publicationDate(), getLocale()))
                .setHeader(getTranslation("admin.column.date"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        for (var each : Language.values()) {
            grid.addColumn(new ComponentRenderer<>(
                            row -> new StandingCell(row.versions().get(each.ordinal()), siteTime)))
                    .setHeader(getTranslation(each.locale(), "language.name"))
                    .setKey(each.code())
                    .setAutoWidth(true);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(
                query -> overview.page(editorLanguage, filter, query.getOffset(), query.getLimit()).stream(),
                query -> overview.count(filter));
        grid.setSizeFull();
        // A language's column opens the editor on that language, any other column on the title's.
        grid.addItemClickListener(click -> UI.getCurrent()
                .navigate(
                        Addresses.articleEditor(click.getItem().articleId()),
                        QueryParameters.of(
                                Addresses.EDITOR_LANGUAGE_PARAMETER,
                                editorLanguage(
                                                click.getItem(),
                                                click.getColumn() == null
                                                        ? null
                                                        : click.getColumn().getKey())
                                        .code())));

        language.setLabel(getTranslation("translations.filter.language"));
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("admin.filter.anyLanguage"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(each -> each == null
                ? getTranslation("admin.filter.anyLanguage")
                : getTranslation(each.locale(), "language.name"));
        state.setLabel(getTranslation("translations.filter.state"));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("translations.state.any"));
        state.setItems(TranslationState.values());
        state.setItemLabelGenerator(each -> each == null
                ? getTranslation("translations.state.any")
                : getTranslation("translations.state." + each.name()));
        language.addValueChangeListener(change -> filtered(change.isFromClient()));
        state.addValueChangeListener(change -> filtered(change.isFromClient()));

        var filters = new HorizontalLayout(language, state);
        filters.setWrap(true);
        setSizeFull();
        add(new H1(getTranslation("admin.translations")), outdatedOnTheSite, filters, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        filter = new TranslationFilter(
                parameters
                        .getSingleParameter(LANGUAGE_PARAMETER)
                        .flatMap(Language::fromCode)
                        .orElse(null),
                parameters
                        .getSingleParameter(STATE_PARAMETER)
                        .flatMap(TranslationOverviewView::stateNamed)
                        .orElse(null));
        language.setValue(filter.language());
        state.setValue(filter.state());
        outdatedOnTheSite.refresh();
        grid.getDataProvider().refreshAll();
    }

    private void filtered(boolean byEditor) {
        if (!byEditor) {
            return;
        }
        var parameters = new HashMap<String, String>();
        if (language.getValue() != null) {
            parameters.put(LANGUAGE_PARAMETER, language.getValue().code());
        }
        if (state.getValue() != null) {
            parameters.put(STATE_PARAMETER, parameterOf(state.getValue()));
        }
        UI.getCurrent().navigate(TranslationOverviewView.class, QueryParameters.simple(parameters));
    }

    /** The state as the address writes it: "up-to-date". */
    static String parameterOf(TranslationState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Optional<TranslationState> stateNamed(String parameter) {
        for (var each : TranslationState.values()) {
            if (parameterOf(each).equals(parameter)) {
                return Optional.of(each);
            }
        }
        return Optional.empty();
    }

    /** The language the editor opens on: the one of the column clicked, or the title's. */
    static Language editorLanguage(TranslationRow row, @Nullable String columnKey) {
        return Language.fromCode(columnKey == null ? "" : columnKey).orElse(row.titleLanguage());
    }

    private Span titleOf(TranslationRow row, Language editorLanguage) {
        var title = new Span(row.title());
        if (row.titleLanguage() != editorLanguage) {
            title.getElement().setAttribute("lang", row.titleLanguage().code());
        }
        return title;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.translations") + " | " + getTranslation("admin.title");
    }
}
