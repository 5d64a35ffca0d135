package org.newsdesk.backoffice.article;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.newsdesk.notes.InternalNotes;

/**
 * Asks for the text a review step needs before it is taken: the remark of sending a version back, the reason for
 * publishing without review. A blank text is refused here with the message the service would give, and nothing
 * happens until the editor confirms.
 */
class TextDialog extends Dialog {

    /**
     * @param keys        the prefix of its texts: {@code .title}, {@code .label}, {@code .helper}, {@code .confirm}
     * @param requiredKey the message for a blank text
     */
    TextDialog(String keys, String requiredKey, Consumer<String> confirmed) {
        setHeaderTitle(getTranslation(keys + ".title"));
        var text = new TextArea(getTranslation(keys + ".label"));
        text.setHelperText(getTranslation(keys + ".helper"));
        text.setRequiredIndicatorVisible(true);
        text.setMaxLength(InternalNotes.MAX_LENGTH);
        text.setWidthFull();
        text.setMinHeight("8rem");
        add(text);
        setWidth("min(32rem, 95vw)");
        var confirm = new Button(getTranslation(keys + ".confirm"), click -> {
            if (text.getValue().isBlank()) {
                text.setInvalid(true);
                text.setErrorMessage(getTranslation(requiredKey));
                return;
            }
            close();
            confirmed.accept(text.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("publishing.cancel"), click -> close()), confirm);
    }
}
