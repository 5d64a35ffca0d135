package org.newsdesk.backoffice.theme;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.backoffice.layout.FieldProblems;
import org.newsdesk.base.Language;
import org.newsdesk.base.Problem;
import org.newsdesk.base.Rejected;
import org.newsdesk.base.text.Slugs;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.security.Roles;
import org.newsdesk.theme.ThemeAdministration;
import org.newsdesk.theme.ThemeDraft;
import org.newsdesk.theme.ThemeNames;

/**
 * Themes with their names in every language: create, rename, delete (refused while articles use one), and the way
 * to each theme's timeline.
 */
@Route(Addresses.THEMES_ROUTE)
@Menu(title = "admin.themes", order = 2)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
class ThemeAdminView extends VerticalLayout implements HasDynamicTitle {

    private final ThemeAdministration themes;
    private final Grid<ThemeDraft> grid = new Grid<>();
    private final Language editorLanguage;

    ThemeAdminView(ThemeAdministration themes) {
        this.themes = themes;
        editorLanguage = Language.fromLocale(getLocale());
        for (var language : Language.values()) {
            grid.addColumn(theme -> theme.names().containsKey(language)
                            ? theme.names().get(language).name()
                            : "")
                    .setHeader(getTranslation(language.locale(), "language.name"));
        }
        var timeline = grid.addComponentColumn(theme -> new RouterLink(
                        getTranslation("themes.timeline.open"),
                        TimelineEditorView.class,
                        new RouteParameters("themeId", String.valueOf(theme.themeId()))))
                .setHeader(getTranslation("themes.timeline"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                // On a phone the names scroll sideways; the way to the timeline stays in view.
                .setFrozenToEnd(true);
        grid.addItemClickListener(click -> {
            if (click.getColumn() != timeline) {
                new ThemeDialog(click.getItem()).open();
            }
        });
        grid.setSizeFull();
        var create = new Button(
                getTranslation("themes.new"),
                VaadinIcon.PLUS.create(),
                click -> new ThemeDialog(new ThemeDraft(null, Map.of())).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(new H1(getTranslation("admin.themes")), create);
        header.setAlignItems(Alignment.BASELINE);
        setSizeFull();
        add(header, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(themes.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.themes") + " | " + getTranslation("admin.title");
    }

    /** The dialog makes a field for every language before anything reads one. */
    private static <F> F fieldIn(Map<Language, F> fields, Language language) {
        return Objects.requireNonNull(fields.get(language), "a field for every language");
    }

    /** Names, slugs and descriptions of one theme in the four languages. */
    private final class ThemeDialog extends Dialog {

        private final ThemeDraft theme;
        private final Map<Language, TextField> names = new EnumMap<>(Language.class);
        private final Map<Language, TextField> slugs = new EnumMap<>(Language.class);
        private final Map<Language, TextArea> descriptions = new EnumMap<>(Language.class);

        ThemeDialog(ThemeDraft theme) {
            this.theme = theme;
            setHeaderTitle(getTranslation(theme.themeId() == null ? "themes.new" : "themes.edit"));
            setWidth("min(48rem, 95vw)");
            var form = new VerticalLayout();
            form.setPadding(false);
            for (var language : Language.values()) {
                var current = theme.names().getOrDefault(language, new ThemeNames("", "", ""));
                var name = new TextField(getTranslation("themes.name"), current.name(), "");
                var slug = new TextField(getTranslation("editor.slug"), current.slug(), "");
                var description = new TextArea(getTranslation("themes.description"), current.description(), "");
                name.addValueChangeListener(change -> {
                    if (change.isFromClient() && theme.names().get(language) == null) {
                        slug.setValue(Slugs.fromTitle(change.getValue()));
                    }
                });
                names.put(language, name);
                slugs.put(language, slug);
                descriptions.put(language, description);
                var fields = new FormLayout(name, slug, description);
                fields.setColspan(description, 2);
                form.add(new H3(getTranslation(language.locale(), "language.name")), fields);
            }
            add(form);
            var save = new Button(getTranslation("editor.save"), click -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var cancel = new Button(getTranslation("revisions.close"), click -> close());
            getFooter().add(cancel, save);
            var savedId = theme.themeId();
            if (savedId != null) {
                var delete = new Button(getTranslation("themes.delete"), click -> delete(savedId));
                delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
                getFooter().addComponentAsFirst(delete);
            }
        }

        private void save() {
            var written = new EnumMap<Language, ThemeNames>(Language.class);
            for (var language : Language.values()) {
                written.put(
                        language,
                        new ThemeNames(
                                fieldIn(names, language).getValue(),
                                fieldIn(slugs, language).getValue(),
                                fieldIn(descriptions, language).getValue()));
            }
            try {
                themes.save(new ThemeDraft(theme.themeId(), written));
                refresh();
                close();
                announce(getTranslation("editor.saved"), NotificationVariant.LUMO_SUCCESS);
            } catch (Rejected rejected) {
                showProblems(rejected.problems());
            }
        }

        private void delete(long themeId) {
            try {
                themes.delete(themeId);
                refresh();
                close();
                announce(getTranslation("themes.deleted"), NotificationVariant.LUMO_SUCCESS);
            } catch (Rejected rejected) {
                showProblems(rejected.problems());
            }
        }

        private void showProblems(Map<String, Problem> problems) {
            for (var language : Language.values()) {
                FieldProblems.show(fieldIn(names, language), problems.get(language.code() + ".name"));
                FieldProblems.show(fieldIn(slugs, language), problems.get(language.code() + ".slug"));
            }
            var general = problems.get("theme");
            if (general != null) {
                announce(FieldProblems.text(this, general), NotificationVariant.LUMO_ERROR);
            }
        }
    }

    private static void announce(String text, NotificationVariant variant) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }
}
