package org.newsdesk.backoffice.account;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import org.newsdesk.backoffice.layout.FieldProblems;
import org.newsdesk.base.Rejected;

/**
 * A dialog that makes one account change. When the account rules refuse it, the dialog stays open and shows every
 * problem next to its field at once, so that the administrator can correct their input in one go.
 */
abstract class AccountDialog extends Dialog {

    private final Paragraph problem = new Paragraph();
    private final FormLayout form = new FormLayout();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Runnable afterSave;

    AccountDialog(Runnable afterSave) {
        this.afterSave = afterSave;
        problem.addClassName("account-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        var save = new Button(getTranslation("accounts.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("account-save");
        getFooter().add(new Button(getTranslation("accounts.cancel"), click -> close()), save);
        add(form, problem);
    }

    /** @param name the field's name in the service's problems: username, displayName, password, roles */
    protected <F extends Component & HasValidation> void addField(String name, F field) {
        fields.put(name, field);
        form.add(field);
    }

    /** Makes the change through the service; may be refused by the account rules. */
    protected abstract void change();

    private void save() {
        try {
            change();
        } catch (Rejected refused) {
            FieldProblems.showAll(fields, refused.problems());
            var general = refused.problems().entrySet().stream()
                    .filter(entry -> !fields.containsKey(entry.getKey()))
                    .map(entry -> FieldProblems.text(this, entry.getValue()))
                    .collect(Collectors.joining(" "));
            problem.setText(general);
            problem.setVisible(!general.isEmpty());
            return;
        }
        close();
        afterSave.run();
    }
}
