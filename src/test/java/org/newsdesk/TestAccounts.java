package org.newsdesk;

import static org.newsdesk.jooq.Tables.USER_ACCOUNT;
import static org.newsdesk.jooq.Tables.USER_ROLE;

import org.jooq.DSLContext;
import org.newsdesk.security.Role;

/**
 * Staff accounts a test makes for itself, so that it needs neither the demo accounts nor their names. Inside a
 * {@code @Transactional} test they are rolled back; otherwise give them usernames of their own.
 */
public final class TestAccounts {

    /** For accounts that never sign in through the form: no password matches it. */
    public static final String NO_PASSWORD = "{noop}";

    private TestAccounts() {}

    public static void create(DSLContext dsl, String username, String displayName, String passwordHash, Role... roles) {
        var id = dsl.insertInto(
                        USER_ACCOUNT, USER_ACCOUNT.USERNAME, USER_ACCOUNT.DISPLAY_NAME, USER_ACCOUNT.PASSWORD_HASH)
                .values(username, displayName, passwordHash)
                .returning(USER_ACCOUNT.ID)
                .fetchSingle()
                .getId();
        for (var role : roles) {
            dsl.insertInto(USER_ROLE, USER_ROLE.USER_ID, USER_ROLE.ROLE)
                    .values(id, role)
                    .execute();
        }
    }
}
