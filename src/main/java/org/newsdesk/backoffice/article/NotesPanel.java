package org.newsdesk.backoffice.article;

import java.util.List;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;
import org.newsdesk.backoffice.layout.FieldProblems;
import org.newsdesk.base.Language;
import org.newsdesk.base.Rejected;
import org.newsdesk.base.SiteTime;
import org.newsdesk.notes.InternalNotes;
import org.newsdesk.notes.Note;
import org.newsdesk.notes.NoteKind;

/**
 * The internal notes of a saved article, newest first, and a field to add one, optionally about one language
 * version. A note is added at once, outside the draft the editor saves, like an attachment. Notes are text: every
 * one is set as a text node, so markup in a note shows as the characters typed.
 */
class NotesPanel extends Div {

    private final InternalNotes notes;
    private final SiteTime siteTime;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph none = new Paragraph();
    private final TextArea text = new TextArea();
    private final Select<Language> language = new Select<>();
    private final IntConsumer counted;
    private @Nullable Long articleId;

    /** @param counted told how many notes the article has whenever they are shown */
    NotesPanel(InternalNotes notes, SiteTime siteTime, IntConsumer counted) {
        this.notes = notes;
        this.counted = counted;
        this.siteTime = siteTime;
        addClassName("notes-panel");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("notes.heading"));
        var heading = new H2(getTranslation("notes.heading"));
        var help = new Paragraph(getTranslation("notes.help"));
        help.addClassName("notes-help");
        none.setText(getTranslation("notes.none"));
        list.addClassName("notes-list");
        text.setLabel(getTranslation("notes.text"));
        text.setMaxLength(InternalNotes.MAX_LENGTH);
        text.setWidthFull();
        language.setLabel(getTranslation("notes.language"));
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("notes.wholeArticle"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(each ->
                each == null ? getTranslation("notes.wholeArticle") : getTranslation(each.locale(), "language.name"));
        var add = new Button(getTranslation("notes.add"), click -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(language, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        // What was said comes first: a remark sent back is what its author opens the panel for.
        add(heading, help, none, list, text, form);
        show(null);
    }

    /** @param shown the article whose notes to show, or null for a new one, which has none yet */
    void show(@Nullable Long shown) {
        articleId = shown;
        setVisible(shown != null);
        list.removeAll();
        var all = shown == null ? List.<Note>of() : notes.of(shown);
        all.forEach(note -> list.add(item(note)));
        none.setVisible(all.isEmpty());
        counted.accept(all.size());
    }

    private ListItem item(Note note) {
        var about = new Span(
                getTranslation("notes.byAt", note.writtenBy(), siteTime.dateTime(note.writtenAt(), getLocale())));
        about.addClassName("note-about");
        var meta = new Div(about);
        meta.addClassName("note-meta");
        if (note.language() != null) {
            var version = new Span(getTranslation(note.language().locale(), "language.name"));
            version.getElement().getThemeList().add("badge contrast small");
            meta.add(version);
        }
        if (note.kind() != NoteKind.NOTE) {
            var kind = new Span(getTranslation("notes.kind." + note.kind().name()));
            kind.getElement().getThemeList().add("badge small");
            meta.add(kind);
        }
        var body = new Paragraph(note.text());
        body.addClassName("note-text");
        var item = new ListItem(meta, body);
        item.addClassName("note");
        return item;
    }

    private void add() {
        var shown = articleId;
        if (shown == null) {
            return;
        }
        text.setInvalid(false);
        try {
            notes.add(shown, language.getValue(), NoteKind.NOTE, text.getValue());
            text.clear();
            show(shown);
        } catch (Rejected rejected) {
            var problem = rejected.problems().get("note");
            if (problem != null) {
                FieldProblems.show(text, problem);
            }
        }
    }
}
