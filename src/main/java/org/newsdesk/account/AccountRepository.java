package org.newsdesk.account;

import static org.newsdesk.jooq.Tables.USER_ACCOUNT;
import static org.newsdesk.jooq.Tables.USER_ROLE;

import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.newsdesk.security.Roles;
import org.springframework.stereotype.Repository;

/** Staff accounts and their roles. */
@Repository
class AccountRepository {

    private final DSLContext dsl;

    AccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<StaffAccount> findByUsername(String username) {
        return dsl.selectFrom(USER_ACCOUNT)
                .where(USER_ACCOUNT.USERNAME.eq(username))
                .fetchOptional(account -> new StaffAccount(account.getId(), account.getUsername(),
                        account.getDisplayName(), account.getPasswordHash(), account.getEnabled(),
                        account.getLockedUntil(), rolesOf(account.getId())));
    }

    boolean anyAdministrator() {
        return dsl.fetchExists(USER_ROLE, USER_ROLE.ROLE.eq(Roles.ADMIN));
    }

    long insert(String username, String displayName, String passwordHash) {
        return dsl.insertInto(USER_ACCOUNT, USER_ACCOUNT.USERNAME, USER_ACCOUNT.DISPLAY_NAME,
                        USER_ACCOUNT.PASSWORD_HASH)
                .values(username, displayName, passwordHash)
                .returning(USER_ACCOUNT.ID)
                .fetchOne(USER_ACCOUNT.ID);
    }

    void grant(long accountId, String role) {
        dsl.insertInto(USER_ROLE, USER_ROLE.USER_ID, USER_ROLE.ROLE).values(accountId, role)
                .onDuplicateKeyIgnore().execute();
    }

    private Set<String> rolesOf(long accountId) {
        return Set.copyOf(dsl.select(USER_ROLE.ROLE).from(USER_ROLE).where(USER_ROLE.USER_ID.eq(accountId))
                .fetch(USER_ROLE.ROLE));
    }
}
