package org.newsdesk.backoffice.account;

import java.util.Set;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import org.newsdesk.base.Language;

/**
 * The languages a translator works in, each under its own name. Shown only while the translator role is ticked:
 * for other roles languages mean nothing.
 */
class LanguageChoice extends CheckboxGroup<Language> {

    LanguageChoice(RoleChoice roles, Set<Language> chosen) {
        setLabel(getTranslation("accounts.field.languages"));
        setItems(Language.values());
        setItemLabelGenerator(language -> getTranslation(language.locale(), "language.name"));
        setValue(chosen);
        setVisible(roles.translator());
        roles.addValueChangeListener(change -> setVisible(roles.translator()));
    }
}
