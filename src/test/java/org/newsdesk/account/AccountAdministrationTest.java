package org.newsdesk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.jooq.Tables.AUDIT_EVENT;
import static org.newsdesk.jooq.Tables.USER_ACCOUNT;

import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.TestAccounts;
import org.newsdesk.base.Language;
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
        username = AccountAdministrationTest.ADAM,
        roles = {"EDITOR", "ADMIN"})
class AccountAdministrationTest {

    private static final String PASSWORD = "three words passphrase";

    /** The administrator the test runs as and an editor, both of the test's own (rolled back with the rest). */
    static final String ADAM = "accounts-adam";

    private static final String EVA = "accounts-eva";

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

    @BeforeEach
    void createAccounts() {
        TestAccounts.create(dsl, ADAM, "Adam Admin", passwords.encode(PASSWORD), Role.EDITOR, Role.ADMIN);
        TestAccounts.create(dsl, EVA, "Eva Editor", passwords.encode(PASSWORD), Role.EDITOR);
    }

    @Test
    void createdAccountCanSignInWithItsRolesAndTheCreationIsAudited() {
        administration.create("nora", "Nora Newcomer", PASSWORD, Set.of(Role.EDITOR), Set.of());

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
    void aTranslatorSignsInWithTheirLanguagesAndNeedsAtLeastOne() {
        assertRefused(
                () -> administration.create("tina", "Tina", PASSWORD, Set.of(Role.TRANSLATOR), Set.of()),
                AccountProblem.NO_LANGUAGE);

        administration.create(
                "tina", "Tina Translator", PASSWORD, Set.of(Role.TRANSLATOR), Set.of(Language.FR, Language.DE));

        assertThat(users.loadUserByUsername("tina").getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_TRANSLATOR", "LANGUAGE_fr", "LANGUAGE_de");
        assertThat(administration.accounts())
                .filteredOn(account -> account.username().equals("tina"))
                .singleElement()
                .satisfies(
                        account -> assertThat(account.languages()).containsExactlyInAnyOrder(Language.FR, Language.DE));
        assertThat(dsl.select(AUDIT_EVENT.DETAILS)
                        .from(AUDIT_EVENT)
                        .where(AUDIT_EVENT.ACTION.eq("ACCOUNT_CREATED").and(AUDIT_EVENT.TARGET.eq("tina")))
                        .fetchSingle(AUDIT_EVENT.DETAILS))
                .isEqualTo("roles: TRANSLATOR (fr, de)");
    }

    @Test
    void languagesGoWithTheTranslatorRoleAndChangingThemEndsTheSessions() {
        administration.create("tina", "Tina Translator", PASSWORD, Set.of(Role.TRANSLATOR), Set.of(Language.FR));
        sessionRegistry.registerNewSession("tina-session", users.loadUserByUsername("tina"));

        administration.setRoles("tina", Set.of(Role.TRANSLATOR), Set.of(Language.FR, Language.EN));

        assertThat(sessionRegistry.getSessionInformation("tina-session").isExpired())
                .isTrue();
        assertThat(users.loadUserByUsername("tina").getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .contains("LANGUAGE_en");
        assertRefused(
                () -> administration.setRoles("tina", Set.of(Role.TRANSLATOR), Set.of()), AccountProblem.NO_LANGUAGE);

        administration.setRoles("tina", Set.of(Role.EDITOR), Set.of(Language.FR));

        assertThat(users.loadUserByUsername("tina").getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_EDITOR");
        assertThat(administration.accounts())
                .filteredOn(account -> account.username().equals("tina"))
                .singleElement()
                .satisfies(account -> assertThat(account.languages()).isEmpty());
    }

    @Test
    void refusesShortAndCommonPasswordsAndTakenUsernames() {
        assertRefused(
                () -> administration.create("nora", "Nora", "short", Set.of(Role.EDITOR), Set.of()),
                AccountProblem.PASSWORD_LENGTH);
        assertRefused(
                () -> administration.create("nora", "Nora", "x".repeat(129), Set.of(Role.EDITOR), Set.of()),
                AccountProblem.PASSWORD_LENGTH);
        assertRefused(
                () -> administration.create("nora", "Nora", "Password1234", Set.of(Role.EDITOR), Set.of()),
                AccountProblem.PASSWORD_COMMON);
        assertRefused(
                () -> administration.create(EVA, "Eva", PASSWORD, Set.of(Role.EDITOR), Set.of()),
                AccountProblem.USERNAME_TAKEN);
        assertRefused(
                () -> administration.create("Nora Smith", "Nora", PASSWORD, Set.of(Role.EDITOR), Set.of()),
                AccountProblem.USERNAME_INVALID);
        assertRefused(
                () -> administration.create("nora", "Nora", PASSWORD, Set.of(), Set.of()), AccountProblem.NO_ROLE);
        assertRefused(() -> administration.resetPassword(EVA, "qwertyuiop123"), AccountProblem.PASSWORD_COMMON);
    }

    @Test
    void theLastEnabledAdministratorCanBeNeitherDisabledNorDemoted() {
        // Whatever administrators the database holds besides, within this transaction Adam is the only one.
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.ENABLED, false)
                .where(USER_ACCOUNT.USERNAME.notIn(ADAM, EVA))
                .execute();

        assertRefused(() -> administration.disable(ADAM), AccountProblem.LAST_ADMINISTRATOR);
        assertRefused(
                () -> administration.setRoles(ADAM, Set.of(Role.EDITOR), Set.of()), AccountProblem.LAST_ADMINISTRATOR);

        administration.setRoles(EVA, Set.of(Role.EDITOR, Role.ADMIN), Set.of());
        administration.disable(ADAM);

        assertThat(users.loadUserByUsername(ADAM).isEnabled()).isFalse();
        assertRefused(
                () -> administration.setRoles(EVA, Set.of(Role.EDITOR), Set.of()), AccountProblem.LAST_ADMINISTRATOR);
        assertAudited("ROLES_CHANGED", EVA);
        assertAudited("ACCOUNT_DISABLED", ADAM);
    }

    @Test
    void disablingAnAccountExpiresItsOpenSessionsAndReEnablingLetsItSignInAgain() {
        sessionRegistry.registerNewSession("eva-session", users.loadUserByUsername(EVA));

        administration.disable(EVA);

        assertThat(sessionRegistry.getSessionInformation("eva-session").isExpired())
                .isTrue();
        assertThat(users.loadUserByUsername(EVA).isEnabled()).isFalse();

        administration.enable(EVA);
        assertThat(users.loadUserByUsername(EVA).isEnabled()).isTrue();
        assertAudited("ACCOUNT_ENABLED", EVA);
        sessionRegistry.removeSessionInformation("eva-session");
    }

    @Test
    void passwordResetReplacesThePasswordAndIsAuditedWithoutIt() {
        administration.resetPassword(EVA, PASSWORD);

        assertThat(passwords.matches(PASSWORD, users.loadUserByUsername(EVA).getPassword()))
                .isTrue();
        var details = dsl.select(AUDIT_EVENT.DETAILS)
                .from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTION.eq("PASSWORD_RESET"), AUDIT_EVENT.TARGET.eq(EVA))
                .fetch()
                .toString();
        assertThat(details).doesNotContain(PASSWORD);
        assertAudited("PASSWORD_RESET", EVA);
    }

    private void assertAudited(String action, String target) {
        assertThat(dsl.fetchExists(
                        AUDIT_EVENT,
                        AUDIT_EVENT.ACTION.eq(action),
                        AUDIT_EVENT.TARGET.eq(target),
                        AUDIT_EVENT.ACTOR.eq(ADAM)))
                .as("%s of %s by %s is audited", action, target, ADAM)
                .isTrue();
    }

    private static void assertRefused(Runnable change, AccountProblem problem) {
        assertThatThrownBy(change::run)
                .isInstanceOfSatisfying(
                        Rejected.class,
                        refused -> assertThat(refused.messageKeys()).containsValue(problem.messageKey()));
    }
}
