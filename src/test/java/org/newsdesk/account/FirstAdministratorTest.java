package org.newsdesk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.jooq.Tables.USER_ACCOUNT;
import static org.newsdesk.jooq.Tables.USER_ROLE;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.newsdesk.TestAccounts;
import org.newsdesk.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** The first administrator of a fresh install comes from the environment, never from a default password. */
@SpringBootTest
@Transactional
class FirstAdministratorTest {

    @Autowired
    FirstAdministrator firstAdministrator;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    DSLContext dsl;

    @Test
    void createsAnAdministratorWhoCanSignInWhenThereIsNone() {
        dsl.deleteFrom(USER_ROLE).where(USER_ROLE.ROLE.eq(Role.ADMIN)).execute();

        assertThat(firstAdministrator.createIfNoAdministrator("chief", "a-long-enough-secret"))
                .isTrue();

        var chief = users.loadUserByUsername("chief");
        assertThat(passwords.matches("a-long-enough-secret", chief.getPassword()))
                .isTrue();
        assertThat(chief.getPassword()).startsWith("{bcrypt}");
        assertThat(chief.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_EDITOR", "ROLE_ADMIN");
    }

    @Test
    void doesNothingOnceAnAdministratorExists() {
        firstAdministrator.createIfNoAdministrator("chief", "a-long-enough-secret");
        var accounts = dsl.fetchCount(USER_ACCOUNT);

        assertThat(firstAdministrator.createIfNoAdministrator("second", "another-long-secret"))
                .isFalse();
        assertThat(dsl.fetchCount(USER_ACCOUNT)).isEqualTo(accounts);
    }

    @Test
    void aDisabledAdministratorDoesNotCountSuchAsTheDemoAdministratorWithoutTheDemo() {
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.ENABLED, false).execute();

        assertThat(firstAdministrator.createIfNoAdministrator("chief", "a-long-enough-secret"))
                .isTrue();
        assertThat(users.loadUserByUsername("chief").isEnabled()).isTrue();
    }

    @Test
    void refusesAUsernameThatAnAccountWhichIsNoEnabledAdministratorHolds() {
        TestAccounts.create(dsl, "former-admin", "Former Admin", TestAccounts.NO_PASSWORD, Role.EDITOR, Role.ADMIN);
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.ENABLED, false).execute();

        assertThatThrownBy(() -> firstAdministrator.createIfNoAdministrator("former-admin", "a-long-enough-secret"))
                .hasMessageContaining("NEWSDESK_ADMIN_USERNAME former-admin is taken");
        assertThat(users.loadUserByUsername("former-admin").isEnabled()).isFalse();
    }

    @Test
    void refusesAShortPassword() {
        dsl.deleteFrom(USER_ROLE).where(USER_ROLE.ROLE.eq(Role.ADMIN)).execute();

        assertThatThrownBy(() -> firstAdministrator.createIfNoAdministrator("chief", "short"))
                .hasMessageContaining("12 to 128 characters");
        assertThat(dsl.fetchExists(USER_ACCOUNT, USER_ACCOUNT.USERNAME.eq("chief")))
                .isFalse();
    }

    @Test
    void refusesACommonPassword() {
        dsl.deleteFrom(USER_ROLE).where(USER_ROLE.ROLE.eq(Role.ADMIN)).execute();

        assertThatThrownBy(() -> firstAdministrator.createIfNoAdministrator("chief", "Password1234"))
                .hasMessageContaining("most common passwords");
        assertThat(dsl.fetchExists(USER_ACCOUNT, USER_ACCOUNT.USERNAME.eq("chief")))
                .isFalse();
    }
}
