package org.newsdesk.account;

import org.newsdesk.base.Rejected;

/**
 * Why an account change is refused, and the field it is about ({@code account} for the account as a whole). Each has
 * a translated message under its {@link #messageKey()}.
 */
public enum AccountProblem {
    USERNAME_INVALID("username"),
    USERNAME_TAKEN("username"),
    DISPLAY_NAME_INVALID("displayName"),
    PASSWORD_LENGTH("password"),
    PASSWORD_COMMON("password"),
    NO_ROLE("roles"),
    NO_LANGUAGE("languages"),
    LAST_ADMINISTRATOR("account"),
    NO_SUCH_ACCOUNT("account");

    private final String field;

    AccountProblem(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return "accounts.problem." + name();
    }

    Rejected refusal() {
        return new Rejected(field, messageKey());
    }
}
