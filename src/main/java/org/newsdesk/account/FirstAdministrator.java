package org.newsdesk.account;

import org.newsdesk.base.NewsdeskProperties;
import org.newsdesk.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the first administrator of a new installation from NEWSDESK_ADMIN_USERNAME and
 * NEWSDESK_ADMIN_PASSWORD, so that no install ever ships with a default password. Once an enabled administrator
 * exists, it does nothing; a disabled one, such as the demo administrator on a start without the demo, does not
 * count, so that a database that held the demo can still get its first administrator.
 */
@Component
class FirstAdministrator implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final PasswordPolicy passwordPolicy;
    private final TransactionTemplate transaction;
    private final String username;
    private final String password;

    FirstAdministrator(
            AccountRepository accounts,
            PasswordEncoder passwords,
            PasswordPolicy passwordPolicy,
            TransactionTemplate transaction,
            NewsdeskProperties settings) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.passwordPolicy = passwordPolicy;
        this.transaction = transaction;
        this.username = settings.admin().username();
        this.password = settings.admin().password();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!username.isEmpty() || !password.isEmpty()) {
            createIfNoAdministrator(username, password);
        } else if (!Boolean.TRUE.equals(transaction.execute(status -> accounts.anyEnabledAdministrator()))) {
            log.warn("No enabled administrator: nobody can sign in to manage accounts. Set NEWSDESK_ADMIN_USERNAME"
                    + " and NEWSDESK_ADMIN_PASSWORD to create the first administrator at the next start.");
        }
    }

    /** @return whether an administrator was created */
    boolean createIfNoAdministrator(String username, String password) {
        if (username.isEmpty()) {
            throw new IllegalStateException("NEWSDESK_ADMIN_PASSWORD is set but NEWSDESK_ADMIN_USERNAME is not.");
        }
        passwordPolicy.problemWith(password).ifPresent(problem -> {
            throw new IllegalStateException(
                    problem == AccountProblem.PASSWORD_COMMON
                            ? "NEWSDESK_ADMIN_PASSWORD is one of the most common passwords: choose another."
                            : "NEWSDESK_ADMIN_PASSWORD must have " + PasswordPolicy.MIN_LENGTH + " to "
                                    + PasswordPolicy.MAX_LENGTH + " characters.");
        });
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (accounts.anyEnabledAdministrator()) {
                return false;
            }
            if (accounts.exists(username)) {
                throw new IllegalStateException("NEWSDESK_ADMIN_USERNAME " + username
                        + " is taken by an account that is not an enabled administrator: choose another username.");
            }
            var id = accounts.insert(username, username, PasswordHashing.hash(passwords, password));
            accounts.grant(id, Role.EDITOR);
            accounts.grant(id, Role.ADMIN);
            log.info("Created the first administrator, {}", username);
            return true;
        }));
    }
}
