package org.newsdesk.backoffice.account;

import java.util.Set;

import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.newsdesk.account.AccountAdministration;
import org.newsdesk.security.Role;

/** Creates an account with its initial password and roles (and a translator's languages). */
class NewAccountDialog extends AccountDialog {

    private final AccountAdministration administration;
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final PasswordField password = new PasswordField();
    private final RoleChoice roles = new RoleChoice();
    private final LanguageChoice languages = new LanguageChoice(roles, Set.of());

    NewAccountDialog(AccountAdministration administration, Runnable afterSave) {
        super(afterSave);
        this.administration = administration;
        setHeaderTitle(getTranslation("accounts.new"));
        username.setLabel(getTranslation("accounts.field.username"));
        username.setHelperText(getTranslation("accounts.field.username.help"));
        displayName.setLabel(getTranslation("accounts.field.displayName"));
        password.setLabel(getTranslation("accounts.field.password"));
        password.setHelperText(getTranslation("accounts.field.password.help"));
        roles.setValue(Set.of(Role.EDITOR));
        addField("username", username);
        addField("displayName", displayName);
        addField("password", password);
        addField("roles", roles);
        addField("languages", languages);
    }

    @Override
    protected void change() {
        administration.create(
                username.getValue().strip(),
                displayName.getValue(),
                password.getValue(),
                roles.getValue(),
                languages.getValue());
    }
}
