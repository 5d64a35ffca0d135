package org.newsdesk.backoffice.article;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;
import org.newsdesk.backoffice.layout.FieldProblems;
import org.newsdesk.base.Language;
import org.newsdesk.base.Problem;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.SiteTime;
import org.newsdesk.base.text.Slugs;
import org.newsdesk.corrections.ChangeNote;
import org.newsdesk.editorial.Revision;
import org.newsdesk.editorial.VersionDraft;
import org.newsdesk.markdown.MarkdownRenderer;

/**
 * One language version in the editor: title, slug, teaser, Markdown body with a toolbar and a live preview
 * rendered exactly as the public page renders it. It holds the version's publication state as stored, which no
 * field here changes: {@link PublishingBar}'s actions do, by saving.
 */
class VersionEditor extends Div {

    private final Language language;
    private final MarkdownRenderer markdown;
    private final SiteTime siteTime;
    private final Runnable onEdit;
    private final TextField title = new TextField();
    private final TextField slug = new TextField();
    private final TextArea teaser = new TextArea();
    private final TextArea body = new TextArea();
    private final Div preview = new Div();
    private final SourceText sourceTitle = new SourceText("title");
    private final SourceText sourceTeaser = new SourceText("teaser");
    private final SourceText sourceBody = new SourceText("body");
    private final Tabs besideBody = new Tabs();
    private final Tab sourceTab = new Tab();
    private final Tab previewTab = new Tab();
    private final H3 previewHeading = new H3();
    private final Paragraph readOnlyNote = new Paragraph();
    private final HorizontalLayout toolbar;
    private final Button history;
    private final ChangeNoteField changeNote;
    private boolean readOnly;
    private VersionDraft state = VersionDraft.empty();
    private boolean slugChosenByEditor;

    /** @param revisionsOf the saved states of a language version, newest first; empty before a first save */
    VersionEditor(
            Language language,
            MarkdownRenderer markdown,
            SiteTime siteTime,
            Runnable onEdit,
            Function<Language, List<Revision>> revisionsOf,
            TranslationPanel translation) {
        this.language = language;
        this.markdown = markdown;
        this.siteTime = siteTime;
        this.onEdit = onEdit;
        addClassName("version-editor");
        // kept-copy.js finds the fields by these names to keep what is typed in this browser too.
        getElement().setAttribute("data-language", language.code());
        title.getElement().setAttribute("data-field", "title");
        slug.getElement().setAttribute("data-field", "slug");
        teaser.getElement().setAttribute("data-field", "teaser");
        body.getElement().setAttribute("data-field", "body");
        title.setLabel(getTranslation("editor.title"));
        title.setWidthFull();
        // Every keystroke reaches the server, so the slug follows the title, a quick Save never misses text and
        // the next check-in keeps all of it.
        title.setValueChangeMode(ValueChangeMode.EAGER);
        slug.setLabel(getTranslation("editor.slug"));
        slug.setValueChangeMode(ValueChangeMode.EAGER);
        slug.setHelperText(getTranslation("editor.slugHelp"));
        slug.setMaxLength(Slugs.MAX_LENGTH);
        slug.setWidthFull();
        teaser.setLabel(getTranslation("editor.teaser"));
        teaser.setWidthFull();
        teaser.setValueChangeMode(ValueChangeMode.EAGER);
        body.setLabel(getTranslation("editor.body"));
        body.setHelperText(getTranslation("editor.bodyHelp"));
        body.setWidthFull();
        body.setMinHeight("18rem");
        body.setValueChangeMode(ValueChangeMode.EAGER);
        preview.addClassName("editor-preview");

        title.addValueChangeListener(change -> {
            if (!slugChosenByEditor) {
                slug.setValue(Slugs.fromTitle(change.getValue()));
            }
        });
        slug.addValueChangeListener(change -> slugChosenByEditor |= change.isFromClient());
        body.addValueChangeListener(change -> showPreview());
        for (var field : new HasValue<?, ?>[] {title, slug, teaser, body}) {
            field.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    onEdit.run();
                }
            });
        }

        history = new Button(
                getTranslation("revisions.open"),
                VaadinIcon.TIME_BACKWARD.create(),
                click -> new RevisionsDialog(revisionsOf.apply(language), value(), siteTime, this::restore).open());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toolbar = toolbar();
        var writing = new Div(toolbar, body);
        writing.addClassName("editor-writing");
        previewHeading.setText(getTranslation("editor.preview"));
        previewTab.setLabel(getTranslation("editor.preview"));
        besideBody.add(sourceTab, previewTab);
        besideBody.addSelectedChangeListener(change -> showBesideBody());
        var previewColumn = new Div(previewHeading, besideBody, sourceBody, preview);
        previewColumn.addClassName("editor-preview-column");
        var bodyAndPreview = new Div(writing, previewColumn);
        bodyAndPreview.addClassName("editor-body-and-preview");
        var fields = new FormLayout(withSource(title, sourceTitle), slug, withSource(teaser, sourceTeaser));
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        readOnlyNote.addClassName("read-only-note");
        readOnlyNote.setText(getTranslation("editor.readOnlyLanguage"));
        readOnlyNote.setVisible(false);
        changeNote = new ChangeNoteField(language);
        add(readOnlyNote, translation, fields, bodyAndPreview, changeNote, history);
        setValue(VersionDraft.empty());
        showSource(null, null);
    }

    private HorizontalLayout toolbar() {
        var bar = new HorizontalLayout(
                format("editor.bold", "bold", VaadinIcon.BOLD),
                format("editor.italic", "italic", VaadinIcon.ITALIC),
                format("editor.heading", "heading", VaadinIcon.HEADER),
                format("editor.quote", "quote", VaadinIcon.QUOTE_LEFT),
                format("editor.list", "list", VaadinIcon.LIST_UL),
                format("editor.link", "link", VaadinIcon.LINK));
        bar.setSpacing(false);
        bar.addClassName("markdown-toolbar");
        bar.getElement().setAttribute("role", "toolbar");
        bar.getElement().setAttribute("aria-label", getTranslation("editor.toolbar"));
        // The browser forgets what the server told it once the tab is hidden and shown again: tell it on each attach.
        body.addAttachListener(attach -> body.getElement().executeJs(MarkdownFormatting.SCRIPT));
        return bar;
    }

    /**
     * A toolbar button that formats where the editor is writing, in the browser alone: the server only hears of the
     * changed text, as from typing.
     */
    private Button format(String labelKey, String kind, VaadinIcon icon) {
        var button = new Button(icon.create());
        button.getElement()
                .executeJs(
                        "this.addEventListener('click', () => $0.ndFormat && $0.ndFormat($1));",
                        body.getElement(),
                        kind);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey + ".tooltip"));
        return button;
    }

    private static Div withSource(Component field, SourceText source) {
        var row = new Div(field, source);
        row.addClassName("field-with-source");
        return row;
    }

    /**
     * Shows the text this version is translated from next to its fields, and beside the body instead of the
     * preview until the translator asks for the preview; without a source the editor looks as for an original.
     *
     * @param sourceNow the source's stored text now
     */
    void showSource(@Nullable Language source, @Nullable VersionDraft sourceNow) {
        var translating = source != null && sourceNow != null;
        setClassName("translating", translating);
        previewHeading.setVisible(!translating);
        besideBody.setVisible(translating);
        if (source != null && sourceNow != null) {
            var label = getTranslation("translation.sourceLabel", getTranslation(source.locale(), "language.name"));
            sourceTab.setLabel(label);
            sourceTitle.show(source, label, sourceNow.title());
            sourceTeaser.show(source, label, sourceNow.teaser());
            sourceBody.show(source, label, sourceNow.body());
            besideBody.setSelectedTab(sourceTab);
        } else {
            sourceTitle.setVisible(false);
            sourceTeaser.setVisible(false);
            besideBody.setSelectedTab(previewTab);
        }
        showBesideBody();
    }

    private void showBesideBody() {
        var source = besideBody.isVisible() && besideBody.getSelectedTab() == sourceTab;
        sourceBody.setVisible(source);
        preview.setVisible(!source);
    }

    private void showPreview() {
        preview.removeAll();
        preview.add(new Html("<div class=\"article-body\">" + markdown.toSafeHtml(body.getValue()) + "</div>"));
    }

    VersionDraft value() {
        return new VersionDraft(
                title.getValue(),
                slug.getValue(),
                teaser.getValue(),
                body.getValue(),
                state.status(),
                state.publishAt());
    }

    void setValue(VersionDraft version) {
        slugChosenByEditor = !version.slug().isEmpty();
        title.setValue(version.title());
        slug.setValue(version.slug());
        teaser.setValue(version.teaser());
        body.setValue(version.body());
        setState(version);
        changeNote.reset();
        showPreview();
    }

    /**
     * Brings back earlier text (a revision's, or unsaved changes kept from an earlier visit); it becomes a new
     * revision when the editor saves. The publication state stays as it is: text saved as a draft must not take a
     * live version off the site.
     */
    void restore(VersionDraft earlier) {
        setValue(earlier.withStateOf(value()));
        onEdit.run();
    }

    /** Takes this publication state (status and time) as the stored one and keeps the text as it is. */
    void setState(VersionDraft version) {
        state = version;
        showChangeNote();
    }

    /** What the editor says this save changes for the readers of the live version; minor for any other. */
    ChangeNote changeNote() {
        return changeNote.isVisible() ? changeNote.value() : ChangeNote.MINOR;
    }

    /** Only a live version has readers to tell, and only someone who may change its text tells them. */
    private void showChangeNote() {
        changeNote.setVisible(!readOnly && state.status() == PublicationStatus.PUBLISHED);
    }

    /** Shows each problem next to its field; {@code problems} is keyed by field name such as "title". */
    void showProblems(Map<String, Problem> problems) {
        FieldProblems.showAll(
                Map.of(
                        "title",
                        title,
                        "slug",
                        slug,
                        "teaser",
                        teaser,
                        "body",
                        body,
                        "changeNote",
                        changeNote.noteField()),
                problems);
    }

    /**
     * For a translator of other languages: the text stays readable (it may be their source) and is not theirs to
     * change, nor to bring back from a revision.
     */
    void setReadOnly(boolean readOnly) {
        for (var field : new HasValue<?, ?>[] {title, slug, teaser, body}) {
            field.setReadOnly(readOnly);
        }
        toolbar.setVisible(!readOnly);
        history.setVisible(!readOnly);
        readOnlyNote.setVisible(readOnly);
        this.readOnly = readOnly;
        showChangeNote();
    }

    Language language() {
        return language;
    }
}
