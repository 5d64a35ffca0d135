package org.newsdesk.e2e;

import static org.newsdesk.jooq.Tables.USER_ACCOUNT;
import static org.newsdesk.jooq.Tables.USER_ROLE;

import org.jooq.DSLContext;
import org.newsdesk.security.Role;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An editor account of a test's own, so that locking, disabling or signing it out disturbs no other test. */
final class ThrowawayEditors {

    private ThrowawayEditors() {}

    static void create(
            DSLContext dsl, PasswordEncoder passwords, String username, String displayName, String password) {
        var id = dsl.insertInto(
                        USER_ACCOUNT, USER_ACCOUNT.USERNAME, USER_ACCOUNT.DISPLAY_NAME, USER_ACCOUNT.PASSWORD_HASH)
                .values(username, displayName, passwords.encode(password))
                .returning(USER_ACCOUNT.ID)
                .fetchOne(USER_ACCOUNT.ID);
        dsl.insertInto(USER_ROLE, USER_ROLE.USER_ID, USER_ROLE.ROLE)
                .values(id, Role.EDITOR)
                .execute();
    }
}
