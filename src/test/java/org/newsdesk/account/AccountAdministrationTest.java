package org.newsdesk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.jooq.Tables.AUDIT_EVENT;

import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.newsdesk.base.Rejected;
import org.newsdesk.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** What an administrator may do with accounts, what the rules forbid, and that each change is audited. */
@SpringBootTest
@Transactional
@WithMockUser(
        username = "admin",
        roles = {"EDITOR", "ADMIN"})
class AccountAdministrationTest {

    private static final String PASSWORD = "three words passphrase";

    @Autowired
    AccountAdministration administration;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    SessionRegistry sessionRegistry;

    @Autowired
    DSLContext dsl;

    @Test
    void createdAccountCanSignInWithItsRolesAndTheCreationIsAudited() {
        administration.create("nora", "Nora Newcomer", PASSWORD, Set.of(Role.EDITOR));

        var nora = users.loadUserByUsername("nora");
        assertThat(passwords.matches(PASSWORD, nora.getPassword())).isTrue();
        assertThat(nora.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_EDITOR");
        assertThat(administration.accounts()).anySatisfy(account -> {
            assertThat(account.username()).isEqualTo("nora");
            assertThat(account.displayName()).isEqualTo("Nora Newcomer");
            assertThat(account.enabled()).isTrue();
        });
        assertAudited("ACCOUNT_CREATED", "nora");
    }

    @Test
    void refusesShortAndCommonPasswordsAndTakenUsernames() {
        assertRefused(
                () -> administration.create("nora", "Nora", "short", Set.of(Role.EDITOR)),
                AccountProblem.PASSWORD_LENGTH);
        assertRefused(
                () -> administration.create("nora", "Nora", "x".repeat(129), Set.of(Role.EDITOR)),
                AccountProblem.PASSWORD_LENGTH);
        assertRefused(
                () -> administration.create("nora", "Nora", "Password1234", Set.of(Role.EDITOR)),
                AccountProblem.PASSWORD_COMMON);
        assertRefused(
                () -> administration.create("editor", "Eva", PASSWORD, Set.of(Role.EDITOR)),
                AccountProblem.USERNAME_TAKEN);
        assertRefused(
                () -> administration.create("Nora Smith", "Nora", PASSWORD, Set.of(Role.EDITOR)),
                AccountProblem.USERNAME_INVALID);
        assertRefused(() -> administration.create("nora", "Nora", PASSWORD, Set.of()), AccountProblem.NO_ROLE);
        assertRefused(() -> administration.resetPassword("editor", "qwertyuiop123"), AccountProblem.PASSWORD_COMMON);
    }

    @Test
    void theLastEnabledAdministratorCanBeNeitherDisabledNorDemoted() {
        assertRefused(() -> administration.disable("admin"), AccountProblem.LAST_ADMINISTRATOR);
        assertRefused(() -> administration.setRoles("admin", Set.of(Role.EDITOR)), AccountProblem.LAST_ADMINISTRATOR);

        administration.setRoles("editor", Set.of(Role.EDITOR, Role.ADMIN));
        administration.disable("admin");

        assertThat(users.loadUserByUsername("admin").isEnabled()).isFalse();
        assertRefused(() -> administration.setRoles("editor", Set.of(Role.EDITOR)), AccountProblem.LAST_ADMINISTRATOR);
        assertAudited("ROLES_CHANGED", "editor");
        assertAudited("ACCOUNT_DISABLED", "admin");
    }

    @Test
    void disablingAnAccountExpiresItsOpenSessionsAndReEnablingLetsItSignInAgain() {
        sessionRegistry.registerNewSession("editor-session", users.loadUserByUsername("editor"));

        administration.disable("editor");

        assertThat(sessionRegistry.getSessionInformation("editor-session").isExpired())
                .isTrue();
        assertThat(users.loadUserByUsername("editor").isEnabled()).isFalse();

        administration.enable("editor");
        assertThat(users.loadUserByUsername("editor").isEnabled()).isTrue();
        assertAudited("ACCOUNT_ENABLED", "editor");
        sessionRegistry.removeSessionInformation("editor-session");
    }

    @Test
    void passwordResetReplacesThePasswordAndIsAuditedWithoutIt() {
        administration.resetPassword("editor", PASSWORD);

        assertThat(passwords.matches(
                        PASSWORD, users.loadUserByUsername("editor").getPassword()))
                .isTrue();
        var details = dsl.select(AUDIT_EVENT.DETAILS)
                .from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTION.eq("PASSWORD_RESET"), AUDIT_EVENT.TARGET.eq("editor"))
                .fetch()
                .toString();
        assertThat(details).doesNotContain(PASSWORD);
        assertAudited("PASSWORD_RESET", "editor");
    }

    private void assertAudited(String action, String target) {
        assertThat(dsl.fetchExists(
                        AUDIT_EVENT,
                        AUDIT_EVENT.ACTION.eq(action),
                        AUDIT_EVENT.TARGET.eq(target),
                        AUDIT_EVENT.ACTOR.eq("admin")))
                .as("%s of %s by admin is audited", action, target)
                .isTrue();
    }

    private static void assertRefused(Runnable change, AccountProblem problem) {
        assertThatThrownBy(change::run)
                .isInstanceOfSatisfying(
                        Rejected.class,
                        refused -> assertThat(refused.messageKeys()).containsValue(problem.messageKey()));
    }
}
