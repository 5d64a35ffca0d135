package org.newsdesk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.jooq.Tables.AUDIT_EVENT;
import static org.newsdesk.jooq.Tables.USER_ACCOUNT;
import static org.newsdesk.jooq.Tables.USER_ROLE;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.annotation.Transactional;

/** Five wrong passwords in a row lock an account for 15 minutes; every attempt is audited. */
@SpringBootTest
@Transactional
class SignInLockoutTest {

    private static final String PASSWORD = "correct horse staple";
    /** Each test signs in from its own address, so that the per-address throttle stays out of the way. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    DSLContext dsl;

    private AuthenticationManager signIn;
    private String clientAddress;

    @BeforeEach
    void createAccount() throws Exception {
        signIn = authentication.getAuthenticationManager();
        clientAddress = "198.51.100." + ADDRESSES.incrementAndGet();
        var id = dsl.insertInto(
                        USER_ACCOUNT, USER_ACCOUNT.USERNAME, USER_ACCOUNT.DISPLAY_NAME, USER_ACCOUNT.PASSWORD_HASH)
                .values("lena", "Lena Lockout", passwords.encode(PASSWORD))
                .returning(USER_ACCOUNT.ID)
                .fetchOne(USER_ACCOUNT.ID);
        dsl.insertInto(USER_ROLE, USER_ROLE.USER_ID, USER_ROLE.ROLE)
                .values(id, Role.EDITOR)
                .execute();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() {
        for (var attempt = 0; attempt < SignInLockout.MAX_FAILURES; attempt++) {
            assertThatThrownBy(() -> attempt("lena", "wrong password!")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> attempt("lena", PASSWORD)).isInstanceOf(LockedException.class);

        var lockedUntil = dsl.select(USER_ACCOUNT.LOCKED_UNTIL)
                .from(USER_ACCOUNT)
                .where(USER_ACCOUNT.USERNAME.eq("lena"))
                .fetchOne(USER_ACCOUNT.LOCKED_UNTIL);
        assertThat(lockedUntil)
                .isBetween(
                        Instant.now().plus(Duration.ofMinutes(14)),
                        Instant.now().plus(Duration.ofMinutes(16)));
        assertThat(audited("SIGN_IN_FAILED")).isEqualTo(SignInLockout.MAX_FAILURES + 1);
        assertThat(audited("ACCOUNT_LOCKED")).isOne();
    }

    /**
     * A locked or disabled account checks the password like any other attempt and, when it is wrong, fails as an
     * unknown username fails: refusing it before the password was hashed made it answer faster than an unknown
     * username, which told an attacker that the account exists.
     */
    @Test
    void aLockedOrDisabledAccountFailsAWrongPasswordAsAnUnknownUsernameDoes() {
        for (var failure = 0; failure < SignInLockout.MAX_FAILURES; failure++) {
            assertThatThrownBy(() -> attempt("lena", "wrong password!")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt("lena", "yet another guess")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> attempt("lena", PASSWORD)).isInstanceOf(LockedException.class);

        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.ENABLED, false)
                .setNull(USER_ACCOUNT.LOCKED_UNTIL)
                .where(USER_ACCOUNT.USERNAME.eq("lena"))
                .execute();
        assertThatThrownBy(() -> attempt("lena", "wrong password!")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> attempt("lena", PASSWORD)).isInstanceOf(DisabledException.class);
    }

    @Test
    void theLockEndsAfterItsTime() {
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.LOCKED_UNTIL, Instant.now().minusSeconds(1))
                .where(USER_ACCOUNT.USERNAME.eq("lena"))
                .execute();

        assertThat(attempt("lena", PASSWORD).isAuthenticated()).isTrue();
        assertThat(audited("SIGN_IN")).isOne();
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        for (var attempt = 0; attempt < SignInLockout.MAX_FAILURES - 1; attempt++) {
            assertThatThrownBy(() -> attempt("lena", "wrong password!")).isInstanceOf(BadCredentialsException.class);
        }
        attempt("lena", PASSWORD);
        for (var attempt = 0; attempt < SignInLockout.MAX_FAILURES - 1; attempt++) {
            assertThatThrownBy(() -> attempt("lena", "wrong password!")).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(attempt("lena", PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void anUnknownUsernameFailsLikeAWrongPasswordAndIsAuditedWithoutThePassword() {
        assertThatThrownBy(() -> attempt("nobody", "some secret guess")).isInstanceOf(BadCredentialsException.class);

        var event = dsl.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTION.eq("SIGN_IN_FAILED"), AUDIT_EVENT.CLIENT_ADDRESS.eq(clientAddress))
                .fetchSingle();
        assertThat(event.getTarget()).isEqualTo("nobody");
        assertThat(event.getActor()).isNull();
        assertThat(event.toString()).doesNotContain("some secret guess");
    }

    private Authentication attempt(String username, String password) {
        var request = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        request.setDetails(new WebAuthenticationDetails(clientAddress, null));
        return signIn.authenticate(request);
    }

    private int audited(String action) {
        return dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(action), AUDIT_EVENT.CLIENT_ADDRESS.eq(clientAddress));
    }
}
