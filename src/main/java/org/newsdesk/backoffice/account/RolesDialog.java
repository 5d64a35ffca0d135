package org.newsdesk.backoffice.account;

import org.newsdesk.account.AccountAdministration;
import org.newsdesk.account.AccountSummary;

/** Sets the roles of an account. */
class RolesDialog extends AccountDialog {

    private final AccountAdministration administration;
    private final AccountSummary account;
    private final RoleChoice roles = new RoleChoice();

    RolesDialog(AccountAdministration administration, AccountSummary account, Runnable afterSave) {
        super(afterSave);
        this.administration = administration;
        this.account = account;
        setHeaderTitle(getTranslation("accounts.roles.title", account.username()));
        roles.setValue(account.roles());
        addField("roles", roles);
    }

    @Override
    protected void change() {
        administration.setRoles(account.username(), roles.getValue());
    }
}
