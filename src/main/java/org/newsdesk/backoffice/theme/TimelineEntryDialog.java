package org.newsdesk.backoffice.theme;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;
import org.newsdesk.backoffice.layout.DateInput;
import org.newsdesk.backoffice.layout.FieldProblems;
import org.newsdesk.base.Language;
import org.newsdesk.base.Problem;
import org.newsdesk.base.Rejected;
import org.newsdesk.theme.LinkableArticle;
import org.newsdesk.theme.TimelineEditing;
import org.newsdesk.theme.TimelineEntryDraft;

/**
 * Adds or edits one timeline entry: year, optional date, a text per language and an optional linked article.
 * The language tabs open on the same language as the article editor's, the language content is written in first
 * ({@link Language#DEFAULT}), whatever language the back office speaks; a line says which languages have a text.
 * Problems show next to their field; a refused save keeps the dialog open with what the editor wrote.
 */
final class TimelineEntryDialog extends Dialog {

    private final TimelineEditing timeline;
    private final TimelineEntryDraft draft;
    private final Runnable changed;
    private final IntegerField year = new IntegerField();
    private final DatePicker date = new DatePicker();
    private final Map<Language, TextArea> texts = new EnumMap<>(Language.class);
    private final TabSheet tabs = new TabSheet();
    private final ComboBox<LinkableArticle> article = new ComboBox<>();
    private final Paragraph problem = new Paragraph();
    private final Paragraph written = new Paragraph();

    /**
     * @param linked  the entry's linked article as the editor should see it, or null
     * @param changed runs after a save, and after a refusal because the entry changed meanwhile
     */
    TimelineEntryDialog(
            TimelineEditing timeline, TimelineEntryDraft draft, @Nullable LinkableArticle linked, Runnable changed) {
        this.timeline = timeline;
        this.draft = draft;
        this.changed = changed;
        setHeaderTitle(getTranslation(draft.entryId() == null ? "timelineEditor.new" : "timelineEditor.edit"));
        setWidth("min(44rem, 95vw)");
        problem.addClassName("timeline-editor-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);

        year.setLabel(getTranslation("timelineEditor.year"));
        year.setRequiredIndicatorVisible(true);
        year.setValue(draft.year());
        year.addValueChangeListener(change -> limitDatesTo(change.getValue()));
        date.setLabel(getTranslation("timelineEditor.date"));
        date.setHelperText(getTranslation("timelineEditor.dateHelp"));
        DateInput.regional(date, getLocale());
        date.setI18n(date.getI18n()
                .setMinErrorMessage(getTranslation("validation.dateInYear"))
                .setMaxErrorMessage(getTranslation("validation.dateInYear")));
        date.setClearButtonVisible(true);
        limitDatesTo(draft.year());
        date.setValue(draft.date());

        for (var language : Language.values()) {
            var text = new TextArea(getTranslation("timelineEditor.text"));
            text.setValue(draft.texts().getOrDefault(language, ""));
            text.setMaxLength(TimelineEditing.MAX_TEXT);
            text.setWidthFull();
            text.setMinHeight("8rem");
            text.addValueChangeListener(change -> showWritten());
            texts.put(language, text);
            tabs.add(getTranslation(language.locale(), "language.name"), text);
        }
        tabs.setWidthFull();
        tabs.setSelectedIndex(Language.DEFAULT.ordinal());
        written.addClassName("timeline-entry-written");
        written.getElement().setAttribute("aria-live", "polite");
        showWritten();

        article.setLabel(getTranslation("timelineEditor.article"));
        article.setHelperText(getTranslation("timelineEditor.articleHelp"));
        article.setItems(query ->
                timeline.linkableArticles(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        article.setItemLabelGenerator(LinkableArticle::label);
        article.setClearButtonVisible(true);
        article.setValue(linked);

        for (var field : new HasValidation[] {year, date, article}) {
            field.setManualValidation(true);
        }
        texts.values().forEach(text -> text.setManualValidation(true));

        var shared = new FormLayout(year, date);
        var form = new FormLayout(problem, shared, written, tabs, article);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        var save = new Button(getTranslation("editor.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("timelineEditor.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void showWritten() {
        var languages = texts.entrySet().stream()
                .filter(text -> !text.getValue().getValue().isBlank())
                .map(text -> getTranslation(text.getKey().locale(), "language.name"))
                .collect(Collectors.joining(", "));
        written.setText(
                languages.isEmpty()
                        ? getTranslation("timelineEditor.writtenNone")
                        : getTranslation("timelineEditor.written", languages));
    }

    /** The date picker opens on the entry's year and offers only its days. */
    private void limitDatesTo(@Nullable Integer entryYear) {
        if (entryYear != null && entryYear >= TimelineEditing.MIN_YEAR && entryYear <= TimelineEditing.MAX_YEAR) {
            date.setMin(LocalDate.of(entryYear, 1, 1));
            date.setMax(LocalDate.of(entryYear, 12, 31));
            date.setInitialPosition(LocalDate.of(entryYear, 1, 1));
        } else {
            date.setMin(DateInput.EARLIEST);
            date.setMax(DateInput.LATEST);
            date.setInitialPosition(null);
        }
    }

    private void save() {
        var written = new EnumMap<Language, String>(Language.class);
        texts.forEach((language, text) -> written.put(language, text.getValue()));
        var linked = article.getValue();
        try {
            timeline.save(new TimelineEntryDraft(
                    draft.entryId(),
                    draft.version(),
                    draft.themeId(),
                    year.getValue(),
                    date.getValue(),
                    written,
                    linked == null ? null : linked.articleId()));
            close();
            changed.run();
            TimelineEditorView.announce(getTranslation("timelineEditor.saved"), NotificationVariant.LUMO_SUCCESS);
        } catch (Rejected rejected) {
            showProblems(rejected.problems());
            if (rejected.problems().containsKey("entry")) {
                changed.run();
            }
        }
    }

    private void showProblems(Map<String, Problem> problems) {
        show(year, problems.get("year"));
        show(date, problems.get("date"));
        show(article, problems.get("article"));
        Language firstWrong = null;
        for (var language : Language.values()) {
            var wrong = problems.getOrDefault(language.code() + ".text", problems.get("texts"));
            show(Objects.requireNonNull(texts.get(language), "a text field for every language"), wrong);
            if (wrong != null && firstWrong == null) {
                firstWrong = language;
            }
        }
        if (firstWrong != null && problems.get("texts") == null) {
            tabs.setSelectedIndex(firstWrong.ordinal());
        }
        var general = problems.get("entry");
        problem.setText(general == null ? "" : FieldProblems.text(this, general));
        problem.setVisible(general != null);
    }

    private <F extends Component & HasValidation> void show(F field, @Nullable Problem problem) {
        FieldProblems.show(field, problem);
    }
}
