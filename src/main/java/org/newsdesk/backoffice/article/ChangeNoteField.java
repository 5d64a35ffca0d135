package org.newsdesk.backoffice.article;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.newsdesk.base.Language;
import org.newsdesk.corrections.ChangeKind;
import org.newsdesk.corrections.ChangeNote;

/**
 * Under a live version's text: is this change a typo, which readers need not hear of, or a correction or an update
 * that the article will show with its date and a note? A minor change until the editor says otherwise, and again
 * after every save.
 */
class ChangeNoteField extends Div {

    private final RadioButtonGroup<ChangeKind> kind = new RadioButtonGroup<>();
    private final TextArea note = new TextArea();

    ChangeNoteField(Language language) {
        addClassName("change-note");
        kind.setLabel(getTranslation("changeNote.kind"));
        kind.setItems(ChangeKind.values());
        kind.setItemLabelGenerator(each -> getTranslation("changeKind." + each.name() + ".choice"));
        note.setLabel(getTranslation("changeNote.text"));
        note.setHelperText(getTranslation("changeNote.helper", ChangeNote.MAX_LENGTH));
        note.setMaxLength(ChangeNote.MAX_LENGTH);
        note.setWidthFull();
        // The note is for the readers of this version: written in its language, checked in it.
        note.getElement().setAttribute("lang", language.code());
        kind.addValueChangeListener(chosen -> note.setVisible(chosen.getValue() != ChangeKind.MINOR));
        add(kind, note);
        reset();
    }

    ChangeNote value() {
        return kind.getValue() == ChangeKind.MINOR
                ? ChangeNote.MINOR
                : new ChangeNote(kind.getValue(), note.getValue());
    }

    void reset() {
        kind.setValue(ChangeKind.MINOR);
        note.clear();
        note.setInvalid(false);
    }

    TextArea noteField() {
        return note;
    }
}
