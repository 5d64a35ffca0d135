package org.newsdesk.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.newsdesk.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after too many wrong passwords in a row, so that its password cannot be guessed
 * online, and audits every sign-in attempt.
 */
@Service
@Transactional
class SignInLockout {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;

    SignInLockout(AccountRepository accounts, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    void signedIn(String username, @Nullable String clientAddress) {
        accounts.clearFailedSignIns(username);
        audit.recordAs(username, clientAddress, AccountActions.SIGNED_IN, username, null);
    }

    /** A wrong password, or a username that does not exist. */
    void wrongPassword(String username, @Nullable String clientAddress) {
        audit.recordAs(null, clientAddress, AccountActions.SIGN_IN_FAILED, username, "bad credentials");
        accounts.countFailedSignIn(username)
                .filter(failures -> failures >= MAX_FAILURES)
                .ifPresent(failures -> {
                    accounts.lockUntil(username, Instant.now(clock).plus(LOCK_DURATION));
                    audit.recordAs(
                            null,
                            clientAddress,
                            AccountActions.LOCKED,
                            username,
                            failures + " failed sign-ins in a row");
                });
    }

    /** Refused before the password counted, such as a locked or disabled account. */
    void refused(String username, @Nullable String clientAddress, String reason) {

        audit.recordAs(null, clientAddress, AccountActions.SIGN_IN_FAILED, username, reason);
    }
}
