package org.newsdesk.account;

/** The audit actions of the account feature. */
final class AccountActions {
    static final String SIGNED_IN = "SIGN_IN";
    static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    static final String ADDRESS_THROTTLED = "ADDRESS_THROTTLED";
    static final String LOCKED = "ACCOUNT_LOCKED";
    static final String CREATED = "ACCOUNT_CREATED";
    static final String DISABLED = "ACCOUNT_DISABLED";
    static final String ENABLED = "ACCOUNT_ENABLED";
    static final String PASSWORD_RESET = "PASSWORD_RESET";
    static final String ROLES_CHANGED = "ROLES_CHANGED";

    private AccountActions() {}
}
