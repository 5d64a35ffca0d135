package org.newsdesk.backoffice.account;

import com.vaadin.flow.component.textfield.PasswordField;
import org.newsdesk.account.AccountAdministration;
import org.newsdesk.account.AccountSummary;

/** Gives an account a new password, for instance when its owner forgot theirs. */
class PasswordResetDialog extends AccountDialog {

    private final AccountAdministration administration;
    private final AccountSummary account;
    private final PasswordField password = new PasswordField();

    PasswordResetDialog(AccountAdministration administration, AccountSummary account, Runnable afterSave) {
        super(afterSave);
        this.administration = administration;
        this.account = account;
        setHeaderTitle(getTranslation("accounts.resetPassword.title", account.username()));
        password.setLabel(getTranslation("accounts.field.password"));
        password.setHelperText(getTranslation("accounts.field.password.help"));
        addField("password", password);
    }

    @Override
    protected void change() {
        administration.resetPassword(account.username(), password.getValue());
    }
}
