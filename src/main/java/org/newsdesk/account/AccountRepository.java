package org.newsdesk.account;

import static org.newsdesk.jooq.Tables.USER_ACCOUNT;
import static org.newsdesk.jooq.Tables.USER_ROLE;

import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
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

    private Set<String> rolesOf(long accountId) {
        return Set.copyOf(dsl.select(USER_ROLE.ROLE).from(USER_ROLE).where(USER_ROLE.USER_ID.eq(accountId))
                .fetch(USER_ROLE.ROLE));
    }
}
