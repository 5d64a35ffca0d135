package org.newsdesk.backoffice.article;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.newsdesk.backoffice.layout.FieldProblems;
import org.newsdesk.base.Language;
import org.newsdesk.base.Rejected;

/**
 * Asks which versions to unpublish for good and what their addresses answer from now on: 410 Gone, or a 301 to
 * another page of the site. What the service refuses (a path of another site, the version's own address) shows
 * beside its field, and the dialog stays open.
 */
class UnpublishDialog extends Dialog {

    /** What the editor chose, for the service. */
    interface Unpublishing {
        /** @throws Rejected when the service refuses; nothing changed */
        void unpublish(Set<Language> languages, @Nullable String redirectTo);
    }

    private final CheckboxGroup<Language> languages = new CheckboxGroup<>();
    private final RadioButtonGroup<Boolean> answer = new RadioButtonGroup<>();
    private final TextField path = new TextField();
    private final DialogProblem problem = new DialogProblem();

    /**
     * @param readable the versions on the site (published or withdrawn), which may be unpublished
     * @param shown    the version the editor is looking at, chosen to begin with
     */
    UnpublishDialog(List<Language> readable, Language shown, Unpublishing unpublishing) {
        setHeaderTitle(getTranslation("unpublish.title"));
        setWidth("min(36rem, 95vw)");
        languages.setLabel(getTranslation("unpublish.languages"));
        languages.setItems(readable);
        languages.setItemLabelGenerator(language -> getTranslation(language.locale(), "language.name"));
        languages.setValue(Set.of(shown));
        answer.setLabel(getTranslation("unpublish.answer"));
        answer.setItems(false, true);
        answer.setItemLabelGenerator(
                redirects -> getTranslation(redirects ? "unpublish.answer.redirect" : "unpublish.answer.gone"));
        answer.setValue(false);
        path.setLabel(getTranslation("unpublish.path"));
        path.setHelperText(getTranslation("unpublish.path.helper"));
        path.setPlaceholder("/" + Language.DEFAULT.code() + "/news");
        path.setWidthFull();
        path.setVisible(false);
        answer.addValueChangeListener(change -> path.setVisible(Boolean.TRUE.equals(change.getValue())));
        add(new Paragraph(getTranslation("unpublish.explained")), problem, languages, answer, path);
        var confirm = new Button(getTranslation("unpublish.confirm"), click -> confirm(unpublishing));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("publishing.cancel"), click -> close()), confirm);
    }

    private void confirm(Unpublishing unpublishing) {
        var redirects = Boolean.TRUE.equals(answer.getValue());
        if (redirects && path.getValue().isBlank()) {
            path.setInvalid(true);
            path.setErrorMessage(getTranslation("unpublish.path.required"));
            return;
        }
        try {
            unpublishing.unpublish(languages.getValue(), redirects ? path.getValue() : null);
            close();
        } catch (Rejected rejected) {
            FieldProblems.show(path, rejected.problems().get("redirectTo"));
            problem.show(rejected, Set.of("redirectTo"));
        }
    }
}
