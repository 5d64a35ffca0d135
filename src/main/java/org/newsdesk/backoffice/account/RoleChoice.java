package org.newsdesk.backoffice.account;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import org.newsdesk.security.Role;

/** The staff roles to tick, each under its translated name. */
class RoleChoice extends CheckboxGroup<Role> {

    RoleChoice() {
        setLabel(getTranslation("accounts.field.roles"));
        setItems(Role.values());
        setItemLabelGenerator(role -> getTranslation("role." + role));
    }

    boolean translator() {
        return getValue().contains(Role.TRANSLATOR);
    }
}
