package org.newsdesk.backoffice.account;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import org.newsdesk.account.AccountAdministration;

/** The staff roles to tick, each under its translated name. */
class RoleChoice extends CheckboxGroup<String> {

    RoleChoice() {
        setLabel(getTranslation("accounts.field.roles"));
        setItems(AccountAdministration.ROLES.stream().sorted().toList());
        setItemLabelGenerator(role -> getTranslation("role." + role));
    }
}
