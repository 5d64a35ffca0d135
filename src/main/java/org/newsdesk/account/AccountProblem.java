package org.newsdesk.account;

/** Why an account change is refused. Each has a translated message under its {@link #messageKey()}. */
public enum AccountProblem {
    USERNAME_INVALID,
    USERNAME_TAKEN,
    DISPLAY_NAME_INVALID,
    PASSWORD_LENGTH,
    PASSWORD_COMMON,
    NO_ROLE,
    LAST_ADMINISTRATOR,
    NO_SUCH_ACCOUNT;

    public String messageKey() {
        return "accounts.problem." + name();
    }
}
