package org.newsdesk.account;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.newsdesk.audit.AuditFilter;
import org.newsdesk.audit.AuditTrail;
import org.newsdesk.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Account administration and the audit trail are for administrators only, whatever the screen shows. */
@SpringBootTest
@Transactional
class AccountAccessTest {

    @Autowired
    AccountAdministration administration;

    @Autowired
    AuditTrail trail;

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void anEditorCanCallNoAdministrationOperation() {
        assertAllDenied();
    }

    @Test
    @WithAnonymousUser
    void anAnonymousCallerCanCallNoAdministrationOperation() {
        assertAllDenied();
    }

    private void assertAllDenied() {
        for (Executable call : new Executable[] {
            administration::accounts,
            () -> administration.create("intruder", "Intruder", "a long enough secret", Set.of(Role.ADMIN), Set.of()),
            () -> administration.disable("admin"),
            () -> administration.enable("editor"),
            () -> administration.resetPassword("admin", "a long enough secret"),
            () -> administration.setRoles("editor", Set.of(Role.EDITOR, Role.ADMIN), Set.of()),
            () -> trail.find(AuditFilter.EVERYTHING, 0, 10),
            () -> trail.count(AuditFilter.EVERYTHING),
            trail::actions
        }) {
            assertThatThrownBy(call::execute).isInstanceOf(AuthorizationDeniedException.class);
        }
    }
}
