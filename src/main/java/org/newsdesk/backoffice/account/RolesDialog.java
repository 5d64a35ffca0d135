package org.newsdesk.backoffice.account;

import org.newsdesk.account.AccountAdministration;
import org.newsdesk.account.AccountSummary;

/** Sets the roles of an account, and a translator's languages. */
class RolesDialog extends AccountDialog {

    private final AccountAdministration administration;
    private final AccountSummary account;
    private final RoleChoice roles = new RoleChoice();
    private final LanguageChoice languages;

    RolesDialog(AccountAdministration administration, AccountSummary account, Runnable afterSave) {
        super(afterSave);
        this.administration = administration;
        this.account = account;
        setHeaderTitle(getTranslation("accounts.roles.title", account.username()));
        roles.setValue(account.roles());
        languages = new LanguageChoice(roles, account.languages());
        addField("roles", roles);
        addField("languages", languages);
    }

    @Override
    protected void change() {
        administration.setRoles(account.username(), roles.getValue(), languages.getValue());
    }
}
