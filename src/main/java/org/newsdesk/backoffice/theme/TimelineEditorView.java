package org.newsdesk.backoffice.theme;

import java.time.Year;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.newsdesk.backoffice.layout.FieldProblems;
import org.newsdesk.base.Formats;
import org.newsdesk.base.Language;
import org.newsdesk.base.Rejected;
import org.newsdesk.base.SiteTime;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.security.Roles;
import org.newsdesk.theme.ThemeAdministration;
import org.newsdesk.theme.TimelineEditing;
import org.newsdesk.theme.TimelineEntry;
import org.newsdesk.theme.TimelineEntryDraft;

/**
 * A theme's yearly action timeline as editors keep it: the entries by year, newest year first, each with its
 * date, text, languages and linked article; add, edit, move up or down within the year, delete.
 */
@Route(Addresses.TIMELINE_ROUTE)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
class TimelineEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TimelineEditing timeline;
    private final ThemeAdministration themes;
    private final Language editorLanguage;
    private final H1 heading = new H1();
    private final Div years = new Div();
    private final Map<Long, EntryItem> shown = new HashMap<>();
    private long themeId;

    TimelineEditorView(TimelineEditing timeline, ThemeAdministration themes, SiteTime siteTime) {
        this.timeline = timeline;
        this.themes = themes;
        editorLanguage = Language.fromLocale(getLocale());
        addClassName("timeline-editor");
        var back = new RouterLink(getTranslation("timelineEditor.back"), ThemeAdminView.class);
        back.addClassName("timeline-editor-back");
        var add = new Button(
                getTranslation("timelineEditor.new"),
                VaadinIcon.PLUS.create(),
                click -> open(
                        TimelineEntryDraft.newEntry(
                                themeId, Year.now(siteTime.zone()).getValue()),
                        null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(heading, add);
        header.setAlignItems(Alignment.BASELINE);
        header.setWrap(true);
        years.setWidthFull();
        add(back, header, years);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        themeId = event.getRouteParameters().getLong("themeId").orElseThrow(NotFoundException::new);
        var theme = themes.byId(themeId).orElseThrow(NotFoundException::new);
        heading.setText(getTranslation("timelineEditor.title", theme.nameIn(editorLanguage)));
        refresh();
    }

    private void refresh() {
        years.removeAll();
        shown.clear();
        var byYear = timeline.entries(themeId).stream()
                .collect(Collectors.groupingBy(TimelineEntry::year, LinkedHashMap::new, Collectors.toList()));
        if (byYear.isEmpty()) {
            years.add(new Paragraph(getTranslation("timelineEditor.empty")));
        }
        byYear.forEach((year, entries) -> {
            var list = new UnorderedList();
            list.addClassName("timeline-editor-entries");
            for (var index = 0; index < entries.size(); index++) {
                var item = new EntryItem(entries.get(index), index > 0, index < entries.size() - 1);
                shown.put(entries.get(index).id(), item);
                list.add(item);
            }
            var section = new Section(new H2(String.valueOf(year)), list);
            section.addClassName("timeline-editor-year");
            years.add(section);
        });
    }

    private void open(TimelineEntryDraft draft, @Nullable TimelineEntry entry) {
        new TimelineEntryDialog(
                        timeline,
                        draft,
                        entry == null ? null : entry.articleIn(editorLanguage).orElse(null),
                        this::refresh)
                .open();
    }

    private void move(TimelineEntry entry, boolean up) {
        try {
            if (up) {
                timeline.moveUp(entry.id(), entry.version());
            } else {
                timeline.moveDown(entry.id(), entry.version());
            }
            refresh();
            // The buttons were drawn anew: keyboard users keep their place on the moved entry.
            var moved = shown.get(entry.id());
            if (moved != null) {
                moved.focusMoveButton(up);
            }
        } catch (Rejected rejected) {
            refused(rejected);
        }
    }

    private void confirmDelete(TimelineEntry entry) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("timelineEditor.delete.title"));
        dialog.setText(getTranslation("timelineEditor.delete.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("timelineEditor.cancel"));
        dialog.setConfirmText(getTranslation("timelineEditor.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> {
            try {
                timeline.delete(entry.id(), entry.version());
                refresh();
                announce(getTranslation("timelineEditor.deleted"), NotificationVariant.LUMO_SUCCESS);
            } catch (Rejected rejected) {
                refused(rejected);
            }
        });
        dialog.open();
    }

    private void refused(Rejected rejected) {
        refresh();
        rejected.problems().values().stream()
                .findFirst()
                .ifPresent(problem -> announce(FieldProblems.text(this, problem), NotificationVariant.LUMO_ERROR));
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " | " + getTranslation("admin.title");
    }

    static void announce(String text, NotificationVariant variant) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }

    /** One entry: what it says, and the buttons to change it. */
    private final class EntryItem extends ListItem {

        private final Button up;
        private final Button down;

        EntryItem(TimelineEntry entry, boolean canMoveUp, boolean canMoveDown) {
            addClassName("timeline-editor-entry");
            var content = new Div();
            content.addClassName("timeline-editor-content");
            if (entry.date() != null) {
                var date = new Span(Formats.date(entry.date(), getLocale()));
                date.addClassName("timeline-editor-date");
                content.add(date);
            }
            var text = new Paragraph(entry.textIn(editorLanguage));
            text.addClassName("timeline-editor-text");
            content.add(text);
            var details = new Div(new Span(getTranslation("timelineEditor.languages", languagesOf(entry))));
            entry.articleIn(editorLanguage)
                    .ifPresent(article ->
                            details.add(new Span(getTranslation("timelineEditor.linkedArticle", article.label()))));
            details.addClassName("timeline-editor-details");
            content.add(details);
            up = action(VaadinIcon.ARROW_UP, "timelineEditor.moveUp", () -> move(entry, true));
            up.setEnabled(canMoveUp);
            down = action(VaadinIcon.ARROW_DOWN, "timelineEditor.moveDown", () -> move(entry, false));
            down.setEnabled(canMoveDown);
            var edit = action(VaadinIcon.EDIT, "timelineEditor.editEntry", () -> open(entry.draft(), entry));
            var delete = action(VaadinIcon.TRASH, "timelineEditor.delete", () -> confirmDelete(entry));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            var actions = new HorizontalLayout(up, down, edit, delete);
            actions.setSpacing(false);
            actions.addClassName("timeline-editor-actions");
            add(content, actions);
        }

        private Button action(VaadinIcon icon, String labelKey, Runnable action) {
            var button = new Button(icon.create(), click -> action.run());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            button.setAriaLabel(getTranslation(labelKey));
            button.setTooltipText(getTranslation(labelKey));
            return button;
        }

        /** Focuses the button that moved the entry, or the other one once the entry reached the end. */
        void focusMoveButton(boolean movedUp) {
            var same = movedUp ? up : down;
            var other = movedUp ? down : up;
            (same.isEnabled() ? same : other).focus();
        }

        private static String languagesOf(TimelineEntry entry) {
            return entry.texts().keySet().stream()
                    .map(language -> language.code().toUpperCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
    }
}
