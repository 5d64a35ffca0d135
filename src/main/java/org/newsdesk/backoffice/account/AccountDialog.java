package org.newsdesk.backoffice.account;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import org.newsdesk.account.AccountChangeRefusedException;

/**
 * A dialog that makes one account change. When the account rules refuse it, the dialog stays open and says why,
 * so that the administrator can correct their input.
 */
abstract class AccountDialog extends Dialog {

    private final Paragraph problem = new Paragraph();
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
    }

    protected void addFields(Component... fields) {
        add(new FormLayout(fields), problem);
    }

    /** Makes the change through the service; may be refused by the account rules. */
    protected abstract void change();

    private void save() {
        try {
            change();
        } catch (AccountChangeRefusedException refused) {
            problem.setText(getTranslation(refused.problem().messageKey()));
            problem.setVisible(true);
            return;
        }
        close();
        afterSave.run();
    }
}
