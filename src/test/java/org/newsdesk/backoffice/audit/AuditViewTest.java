package org.newsdesk.backoffice.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.newsdesk.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** An administrator reads the audit trail newest first and narrows it down. */
@SpringBootTest
@Transactional
@ViewPackages(packages = "org.newsdesk")
@WithMockUser(
        username = "admin",
        roles = {"EDITOR", "ADMIN"})
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired
    AuditLog audit;

    @Test
    void showsTheNewestEventFirstAndFiltersByAction() {
        audit.record("TEST_OLDER", "first", null);
        audit.record("TEST_NEWER", "second", null);
        navigate("admin/audit", AuditView.class);

        var grid = $(Grid.class).single();
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("TEST_NEWER");
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("admin");

        @SuppressWarnings("unchecked")
        var action = (ComboBox<String>) $(ComboBox.class).single();
        test(action).selectItem("TEST_OLDER");

        assertThat(test(grid).size()).isOne();
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("first");
    }
}
