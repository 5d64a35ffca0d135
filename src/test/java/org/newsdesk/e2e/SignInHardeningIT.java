package org.newsdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.ActiveSessions;
import org.newsdesk.account.AccountAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in as an attacker and as staff see it in a real browser: failures all look alike, a locked account stays
 * shut, the session id changes at sign-in, and sessions end at sign-out and when an account is disabled.
 */
class SignInHardeningIT extends BrowserTest {

    @Override
    String browserLocale() {
        return "nl-NL";
    }

    private static final String PASSWORD = "a proper staff passphrase";
    private static final String GENERIC_FAILURE = "Controleer uw gebruikersnaam en wachtwoord";

    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    AccountAdministration administration;

    @Autowired
    SecurityContextHolderStrategy security;

    @Autowired
    ActiveSessions sessions;

    private String username;

    /** Each test gets an account of its own, so that locking it disturbs no other test. */
    @BeforeEach
    void createAFreshAccount() {
        username = "it-" + System.nanoTime();
        ThrowawayEditors.create(dsl, passwords, username, "Test Editor", PASSWORD);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndEveryFailureLooksTheSame() {
        page.navigate(url("/login"));
        SignInForm.signIn(page, "no-such-user", "some guess at all");
        assertFailedWithTheGenericMessage();

        for (var attempt = 0; attempt < 5; attempt++) {
            SignInForm.signIn(page, username, "wrong password " + attempt);
            assertFailedWithTheGenericMessage();
        }

        SignInForm.signIn(page, username, PASSWORD);
        assertFailedWithTheGenericMessage();
    }

    @Test
    void signingInChangesTheSessionIdAndSigningOutEndsTheSession() {
        page.navigate(url("/admin"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        var anonymousSessionId = sessionCookie();

        SignInForm.signIn(page, username, PASSWORD);

        assertThat(page.locator("vaadin-grid")).isVisible(PATIENTLY);
        var signedInSessionId = sessionCookie();
        assertThat(signedInSessionId).isNotEqualTo(anonymousSessionId);
        assertThat(sessions.isActive(signedInSessionId)).isTrue();

        page.locator("vaadin-button.admin-sign-out").click();

        assertThat(page).hasURL(Pattern.compile(".*/(nl/)?$"));
        assertThat(sessions.isActive(signedInSessionId)).isFalse();
        page.navigate(url("/admin"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void disablingAnAccountSignsItOutOfItsOpenSession() {
        page.navigate(url("/admin"));
        SignInForm.signIn(page, username, PASSWORD);
        assertThat(page.locator("vaadin-grid")).isVisible(PATIENTLY);

        asAdministrator(() -> administration.disable(username));

        page.navigate(url("/admin"));
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    private void assertFailedWithTheGenericMessage() {
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.locator("vaadin-login-form")).containsText(GENERIC_FAILURE);
    }

    private String sessionCookie() {
        return context.cookies().stream()
                .filter(cookie -> cookie.name.equals("JSESSIONID"))
                .findFirst()
                .orElseThrow()
                .value;
    }

    /** Acts through the same security context source that this application's method security reads. */
    private void asAdministrator(Runnable action) {
        security.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            action.run();
        } finally {
            security.clearContext();
        }
    }
}
