package org.newsdesk.e2e;

import static org.newsdesk.jooq.Tables.USER_ACCOUNT;
import static org.newsdesk.jooq.Tables.USER_LANGUAGE;

import org.jooq.DSLContext;
import org.newsdesk.TestAccounts;
import org.newsdesk.base.Language;
import org.newsdesk.security.Role;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A staff account of a test's own, so that locking, disabling or signing it out disturbs no other test, and no test
 * needs the demo accounts.
 */
final class ThrowawayEditors {

    /** The password of the accounts made by {@link #editor} and {@link #administrator}. */
    static final String PASSWORD = "a proper staff passphrase";

    private ThrowawayEditors() {}

    /** @return the username of a new editor of the caller's own, with {@link #PASSWORD} */
    static String editor(DSLContext dsl, PasswordEncoder passwords, String displayName) {
        var username = "editor-" + System.nanoTime();
        create(dsl, passwords, username, displayName, PASSWORD);
        return username;
    }

    /** @return the username of a new administrator of the caller's own, with {@link #PASSWORD} */
    static String administrator(DSLContext dsl, PasswordEncoder passwords, String displayName) {
        var username = "admin-" + System.nanoTime();
        TestAccounts.create(dsl, username, displayName, passwords.encode(PASSWORD), Role.EDITOR, Role.ADMIN);
        return username;
    }

    /** @return the username of a new translator of these languages, with {@link #PASSWORD} */
    static String translator(DSLContext dsl, PasswordEncoder passwords, String displayName, Language... languages) {
        var username = "translator-" + System.nanoTime();
        TestAccounts.create(dsl, username, displayName, passwords.encode(PASSWORD), Role.TRANSLATOR);
        var id = dsl.select(USER_ACCOUNT.ID)
                .from(USER_ACCOUNT)
                .where(USER_ACCOUNT.USERNAME.eq(username))
                .fetchSingle(USER_ACCOUNT.ID);
        for (var language : languages) {
            dsl.insertInto(USER_LANGUAGE, USER_LANGUAGE.USER_ID, USER_LANGUAGE.LANG)
                    .values(id, language)
                    .execute();
        }
        return username;
    }

    static void create(
            DSLContext dsl, PasswordEncoder passwords, String username, String displayName, String password) {
        TestAccounts.create(dsl, username, displayName, passwords.encode(password), Role.EDITOR);
    }
}
