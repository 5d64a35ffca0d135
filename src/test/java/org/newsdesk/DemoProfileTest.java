package org.newsdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.jooq.Tables.ARTICLE;
import static org.newsdesk.jooq.Tables.AUDIT_EVENT;
import static org.newsdesk.jooq.Tables.THEME;
import static org.newsdesk.jooq.Tables.USER_ACCOUNT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jooq.Field;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Demo content and demo accounts only with the profile demo: whole applications started on a database of their
 * own, as an operator starts one. (The other tests run with the profile, see the tests' application.properties.)
 */
@SpringBootTest
class DemoProfileTest {

    /** The demo accounts and the passwords that README prints. */
    private static final Map<String, String> DEMO_ACCOUNTS = Map.of(
            "editor", "newsroom-editor-2026", "admin", "newsroom-admin-2026", "translator", "newsroom-translator-2026");

    private static final String CHIEF_PASSWORD = "a chief's long passphrase";
    /** The first administrator of a production start, from the environment. */
    private static final String[] CHIEF = {
        "--newsdesk.admin.username=chief", "--newsdesk.admin.password=" + CHIEF_PASSWORD
    };

    private static final String DEMO = "demo";
    private static final String NO_PROFILE = "";

    @Autowired
    DataSource testDatabase;

    private ScratchSchema database;

    @BeforeEach
    void createDatabase() {
        database = ScratchSchema.create(testDatabase, "demo_profile");
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void withoutTheProfileAFreshDatabaseGetsNeitherDemoContentNorDemoAccounts() {
        start(NO_PROFILE).close();

        var sql = database.sql();
        assertThat(sql.fetchCount(ARTICLE)).isZero();
        assertThat(sql.fetchCount(THEME)).isZero();
        assertThat(sql.fetchCount(USER_ACCOUNT)).isZero();
    }

    @Test
    void withoutTheProfileTheDemoAccountsOfAnEarlierDemoAreDisabledAndCannotSignIn() {
        try (var demo = start(DEMO)) {
            DEMO_ACCOUNTS.forEach((username, password) -> assertThat(
                            signIn(demo, username, password).isAuthenticated())
                    .isTrue());
        }

        try (var production = start(NO_PROFILE)) {
            DEMO_ACCOUNTS.forEach(
                    (username, password) -> assertThatThrownBy(() -> signIn(production, username, password))
                            .isInstanceOf(DisabledException.class));
        }

        var sql = database.sql();
        assertThat(sql.fetchCount(USER_ACCOUNT, USER_ACCOUNT.ENABLED.isTrue())).isZero();
        assertThat(sql.select(AUDIT_EVENT.TARGET)
                        .from(AUDIT_EVENT)
                        .where(AUDIT_EVENT.ACTION.eq("ACCOUNT_DISABLED"))
                        .fetch(AUDIT_EVENT.TARGET))
                .containsExactlyInAnyOrderElementsOf(DEMO_ACCOUNTS.keySet());
    }

    @Test
    void aProductionStartOnADatabaseThatHeldTheDemoGetsItsFirstAdministrator() {
        start(DEMO).close();

        try (var production = start(NO_PROFILE, CHIEF)) {
            assertThat(signIn(production, "chief", CHIEF_PASSWORD).getAuthorities())
                    .extracting(GrantedAuthority::getAuthority)
                    .contains("ROLE_EDITOR", "ROLE_ADMIN");
        }
    }

    @Test
    void theProfileSwitchedOnLaterLeavesTheOrganisationsOwnAccountAsItIs() {
        start(NO_PROFILE, CHIEF).close();
        // The first account of a fresh database gets the id of the demo editor.
        assertThat(chief(USER_ACCOUNT.ID)).isEqualTo(1L);

        try (var demo = start(DEMO)) {
            assertThat(signIn(demo, "chief", CHIEF_PASSWORD).isAuthenticated()).isTrue();
            assertThatThrownBy(() -> signIn(demo, "chief", DEMO_ACCOUNTS.get("editor")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(chief(USER_ACCOUNT.DEMO)).isFalse();
    }

    @Test
    void withTheProfileTheDemoAccountsAreEnabledAgainAfterAStartWithoutIt() {
        start(DEMO).close();
        start(NO_PROFILE).close();

        try (var demo = start(DEMO)) {
            DEMO_ACCOUNTS.forEach((username, password) -> assertThat(
                            signIn(demo, username, password).isAuthenticated())
                    .isTrue());
        }
    }

    /** The application as `java -jar` starts it, on this test's database, with these active profiles. */
    private ConfigurableApplicationContext start(String profiles, String... settings) {
        var arguments = new ArrayList<>(database.applicationArguments());
        arguments.add("--server.port=0");
        // Outranks the tests' own spring.profiles.active; empty means none.
        arguments.add("--spring.profiles.active=" + profiles);
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new));
    }

    private <T> T chief(Field<T> column) {
        return database.sql()
                .select(column)
                .from(USER_ACCOUNT)
                .where(USER_ACCOUNT.USERNAME.eq("chief"))
                .fetchSingle(column);
    }

    private static Authentication signIn(ConfigurableApplicationContext application, String username, String password) {
        try {
            return application
                    .getBean(AuthenticationConfiguration.class)
                    .getAuthenticationManager()
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        } catch (Exception failure) {
            throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
        }
    }
}
