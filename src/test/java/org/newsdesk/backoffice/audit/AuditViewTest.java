package org.newsdesk.backoffice.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.TestAccounts;
import org.newsdesk.audit.AuditLog;
import org.newsdesk.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** An administrator reads the audit trail as sentences, newest first, and narrows it down. */
@SpringBootTest
@Transactional
@ViewPackages(packages = "org.newsdesk")
@WithMockUser(
        username = AuditViewTest.ADAM,
        roles = {"EDITOR", "ADMIN"})
class AuditViewTest extends SpringBrowserlessTest {

    /** Accounts of the test's own, whose display names the sentences use. */
    static final String ADAM = "audit-view-adam";

    private static final String EVA = "audit-view-eva";

    @Autowired
    DSLContext dsl;

    @BeforeEach
    void createAccounts() {
        TestAccounts.create(dsl, ADAM, "Adam Admin", TestAccounts.NO_PASSWORD, Role.EDITOR, Role.ADMIN);
        TestAccounts.create(dsl, EVA, "Eva Editor", TestAccounts.NO_PASSWORD, Role.EDITOR);
    }

    @Autowired
    AuditLog audit;

    @Test
    void showsTheNewestEventFirstAndFiltersByAction() {
        audit.record("TEST_OLDER", "first", null);
        audit.record("TEST_NEWER", "second", null);
        navigate("admin/audit", AuditView.class);

        assertThat(sentence(0)).startsWith("Adam Admin: TEST_NEWER second");

        @SuppressWarnings("unchecked")
        var action = (ComboBox<String>) $(ComboBox.class).single();
        test(action).selectItem("TEST_OLDER");

        assertThat(test($(Grid.class).single()).size()).isOne();
        assertThat(sentence(0)).contains("TEST_OLDER first");
    }

    @Test
    void aPublicationReadsAsASentenceByDisplayNameWithALinkToTheArticle() {
        audit.record("ARTICLE_PUBLISHED", "article 42 fr", "Énergie sans frontières");
        navigate("admin/audit", AuditView.class);

        assertThat(sentence(0)).startsWith("Adam Admin published “Énergie sans frontières” (fr)");
        assertThat(cell(0).getChildren().filter(Anchor.class::isInstance).map(link -> ((Anchor) link).getHref()))
                .containsExactly("admin/articles/42");
    }

    @Test
    void anAccountChangeNamesTheAccountByItsDisplayNameInTheInterfaceLanguage() {
        audit.record("ACCOUNT_DISABLED", EVA, null);
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));
        navigate("admin/audit", AuditView.class);

        assertThat(sentence(0)).startsWith("Adam Admin schakelde het account Eva Editor uit");
    }

    private String sentence(int row) {
        return cell(row).getElement().getTextRecursively();
    }

    private com.vaadin.flow.component.Component cell(int row) {
        return test($(Grid.class).single()).getCellComponent(row, 1);
    }
}
