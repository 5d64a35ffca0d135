package org.newsdesk.account;

import static org.newsdesk.jooq.Tables.USER_ACCOUNT;
import static org.newsdesk.jooq.Tables.USER_LANGUAGE;
import static org.newsdesk.jooq.Tables.USER_ROLE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.security.Role;
import org.springframework.stereotype.Repository;

/** Staff accounts, their roles and a translator's languages. */
@Repository
class AccountRepository {

    private final DSLContext dsl;

    AccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<StaffAccount> findByUsername(String username) {
        return dsl.selectFrom(USER_ACCOUNT)
                .where(USER_ACCOUNT.USERNAME.eq(username))
                .fetchOptional(account -> new StaffAccount(
                        account.getId(),
                        account.getUsername(),
                        account.getDisplayName(),
                        account.getPasswordHash(),
                        account.getEnabled(),
                        account.getLockedUntil(),
                        rolesOf(account.getId()),
                        languagesOf(account.getId())));
    }

    /** Every account; a lock that ended before {@code now} no longer shows. */
    List<AccountSummary> findAll(Instant now) {
        var roles = dsl.selectFrom(USER_ROLE).fetchGroups(USER_ROLE.USER_ID, USER_ROLE.ROLE);
        var languages = dsl.selectFrom(USER_LANGUAGE).fetchGroups(USER_LANGUAGE.USER_ID, USER_LANGUAGE.LANG);
        return dsl.selectFrom(USER_ACCOUNT)
                .orderBy(USER_ACCOUNT.USERNAME)
                .fetch(account -> new AccountSummary(
                        account.getUsername(),
                        account.getDisplayName(),
                        Set.copyOf(roles.getOrDefault(account.getId(), List.of())),
                        Set.copyOf(languages.getOrDefault(account.getId(), List.of())),
                        account.getEnabled(),
                        lockedAfter(account.getLockedUntil(), now)));
    }

    private static @Nullable Instant lockedAfter(@Nullable Instant lockedUntil, Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now) ? lockedUntil : null;
    }

    boolean exists(String username) {
        return dsl.fetchExists(USER_ACCOUNT, USER_ACCOUNT.USERNAME.eq(username));
    }

    /**
     * The usernames of the enabled administrators, with their rows locked until the transaction ends, so that
     * two administrators demoting each other at the same time cannot leave none.
     */
    Set<String> lockEnabledAdministrators() {
        return dsl.select(USER_ACCOUNT.USERNAME)
                .from(USER_ACCOUNT)
                .where(USER_ACCOUNT.ENABLED.isTrue())
                .and(USER_ACCOUNT.ID.in(
                        dsl.select(USER_ROLE.USER_ID).from(USER_ROLE).where(USER_ROLE.ROLE.eq(Role.ADMIN))))
                .forUpdate()
                .fetchSet(USER_ACCOUNT.USERNAME);
    }

    void setEnabled(long accountId, boolean enabled) {
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.ENABLED, enabled)
                .set(USER_ACCOUNT.VERSION, USER_ACCOUNT.VERSION.plus(1))
                .where(USER_ACCOUNT.ID.eq(accountId))
                .execute();
    }

    /** A new password also lifts a lockout: the administrator has just handed out a fresh secret. */
    void setPassword(long accountId, String passwordHash) {
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(USER_ACCOUNT.FAILED_LOGINS, 0)
                .setNull(USER_ACCOUNT.LOCKED_UNTIL)
                .set(USER_ACCOUNT.VERSION, USER_ACCOUNT.VERSION.plus(1))
                .where(USER_ACCOUNT.ID.eq(accountId))
                .execute();
    }

    void replaceRoles(long accountId, Set<Role> roles) {
        dsl.deleteFrom(USER_ROLE).where(USER_ROLE.USER_ID.eq(accountId)).execute();
        roles.forEach(role -> grant(accountId, role));
    }

    void replaceLanguages(long accountId, Set<Language> languages) {
        dsl.deleteFrom(USER_LANGUAGE).where(USER_LANGUAGE.USER_ID.eq(accountId)).execute();
        languages.forEach(language -> dsl.insertInto(USER_LANGUAGE, USER_LANGUAGE.USER_ID, USER_LANGUAGE.LANG)
                .values(accountId, language)
                .execute());
    }

    /** @return the failures in a row after this one, or empty for an unknown username */
    Optional<Integer> countFailedSignIn(String username) {
        var updated = dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.FAILED_LOGINS, USER_ACCOUNT.FAILED_LOGINS.plus(1))
                .where(USER_ACCOUNT.USERNAME.eq(username))
                .execute();
        if (updated == 0) {
            return Optional.empty();
        }
        return dsl.select(USER_ACCOUNT.FAILED_LOGINS)
                .from(USER_ACCOUNT)
                .where(USER_ACCOUNT.USERNAME.eq(username))
                .fetchOptional(USER_ACCOUNT.FAILED_LOGINS);
    }

    /** Locks the account and starts counting afresh for when the lock ends. */
    void lockUntil(String username, Instant until) {
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.LOCKED_UNTIL, until)
                .set(USER_ACCOUNT.FAILED_LOGINS, 0)
                .where(USER_ACCOUNT.USERNAME.eq(username))
                .execute();
    }

    void clearFailedSignIns(String username) {
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.FAILED_LOGINS, 0)
                .setNull(USER_ACCOUNT.LOCKED_UNTIL)
                .where(USER_ACCOUNT.USERNAME.eq(username))
                .execute();
    }

    /** Disabled administrators do not count: nobody can sign in with them. */
    boolean anyEnabledAdministrator() {
        return dsl.fetchExists(dsl.selectOne()
                .from(USER_ACCOUNT)
                .join(USER_ROLE)
                .on(USER_ROLE.USER_ID.eq(USER_ACCOUNT.ID))
                .where(USER_ACCOUNT.ENABLED.isTrue())
                .and(USER_ROLE.ROLE.eq(Role.ADMIN)));
    }

    /**
     * The usernames of the demo accounts that are (or are not) enabled, with their rows locked until the
     * transaction ends, so that instances starting together change and audit each account once.
     */
    List<String> lockDemoAccounts(boolean enabled) {
        return dsl.select(USER_ACCOUNT.USERNAME)
                .from(USER_ACCOUNT)
                .where(USER_ACCOUNT.DEMO.isTrue())
                .and(USER_ACCOUNT.ENABLED.eq(enabled))
                .orderBy(USER_ACCOUNT.USERNAME)
                .forUpdate()
                .fetch(USER_ACCOUNT.USERNAME);
    }

    void setDemoAccountsEnabled(boolean enabled) {
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.ENABLED, enabled)
                .set(USER_ACCOUNT.VERSION, USER_ACCOUNT.VERSION.plus(1))
                .where(USER_ACCOUNT.DEMO.isTrue())
                .and(USER_ACCOUNT.ENABLED.ne(enabled))
                .execute();
    }

    long insert(String username, String displayName, String passwordHash) {
        return dsl.insertInto(
                        USER_ACCOUNT, USER_ACCOUNT.USERNAME, USER_ACCOUNT.DISPLAY_NAME, USER_ACCOUNT.PASSWORD_HASH)
                .values(username, displayName, passwordHash)
                .returning(USER_ACCOUNT.ID)
                .fetchSingle()
                .getId();
    }

    void grant(long accountId, Role role) {
        dsl.insertInto(USER_ROLE, USER_ROLE.USER_ID, USER_ROLE.ROLE)
                .values(accountId, role)
                .onDuplicateKeyIgnore()
                .execute();
    }

    private Set<Language> languagesOf(long accountId) {
        return Set.copyOf(dsl.select(USER_LANGUAGE.LANG)
                .from(USER_LANGUAGE)
                .where(USER_LANGUAGE.USER_ID.eq(accountId))
                .fetch(USER_LANGUAGE.LANG));
    }

    private Set<Role> rolesOf(long accountId) {
        return Set.copyOf(dsl.select(USER_ROLE.ROLE)
                .from(USER_ROLE)
                .where(USER_ROLE.USER_ID.eq(accountId))
                .fetch(USER_ROLE.ROLE));
    }
}
