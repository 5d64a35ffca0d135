package org.newsdesk.backoffice.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.jooq.Tables.USER_ACCOUNT;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.TestAccounts;
import org.newsdesk.account.AccountSummary;
import org.newsdesk.base.Language;
import org.newsdesk.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** An administrator manages accounts on the accounts page. */
@SpringBootTest
@Transactional
@ViewPackages(packages = "org.newsdesk")
class AccountsViewTest extends SpringBrowserlessTest {

    /** The administrator the tests run as and an editor, both of the test's own (rolled back with the rest). */
    private static final String ADAM = "accounts-view-adam";

    private static final String EVA = "accounts-view-eva";

    @Autowired
    DSLContext dsl;

    @BeforeEach
    void createAccounts() {
        TestAccounts.create(dsl, ADAM, "Adam Admin", TestAccounts.NO_PASSWORD, Role.EDITOR, Role.ADMIN);
        TestAccounts.create(dsl, EVA, "Eva Editor", TestAccounts.NO_PASSWORD, Role.EDITOR);
    }

    @Test
    @WithMockUser(
            username = ADAM,
            roles = {"EDITOR", "ADMIN"})
    void administratorCreatesAnAccountThroughTheDialogAndSeesItInTheGrid() {
        navigate("admin/accounts", AccountsView.class);

        test($(Button.class).withClassName("account-new").single()).click();
        test($(TextField.class).withLabel("Username").single()).setValue("nora");
        test($(TextField.class).withLabel("Name").single()).setValue("Nora Newcomer");
        test($(PasswordField.class).withLabel("Password").single()).setValue("three words passphrase");
        test($(Button.class).withClassName("account-save").single()).click();

        assertThat(rows()).extracting(AccountSummary::username).contains("nora");
        assertThat(rows())
                .filteredOn(account -> account.username().equals("nora"))
                .singleElement()
                .satisfies(account -> assertThat(account.roles()).containsExactly(Role.EDITOR));
    }

    @Test
    @WithMockUser(
            username = ADAM,
            roles = {"EDITOR", "ADMIN"})
    void aTranslatorIsCreatedWithTheLanguagesTickedOnceTheRoleIs() {
        navigate("admin/accounts", AccountsView.class);

        test($(Button.class).withClassName("account-new").single()).click();
        assertThat($(LanguageChoice.class).exists())
                .as("languages only for translators")
                .isFalse();
        test($(TextField.class).withLabel("Username").single()).setValue("tina");
        test($(TextField.class).withLabel("Name").single()).setValue("Tina Translator");
        test($(PasswordField.class).withLabel("Password").single()).setValue("three words passphrase");
        test($(RoleChoice.class).single()).deselectAll();
        test($(RoleChoice.class).single()).selectItem("Translator");
        test($(Button.class).withClassName("account-save").single()).click();

        assertThat(problemOf($(LanguageChoice.class).single())).isEqualTo(translated("accounts.problem.NO_LANGUAGE"));

        test($(LanguageChoice.class).single()).selectItem("Français");
        test($(LanguageChoice.class).single()).selectItem("Deutsch");
        test($(Button.class).withClassName("account-save").single()).click();

        assertThat(rows())
                .filteredOn(account -> account.username().equals("tina"))
                .singleElement()
                .satisfies(account -> {
                    assertThat(account.roles()).containsExactly(Role.TRANSLATOR);
                    assertThat(account.languages()).containsExactlyInAnyOrder(Language.FR, Language.DE);
                });
        var row = rows().stream().map(AccountSummary::username).toList().indexOf("tina");
        assertThat(test(grid()).getCellText(row, 2)).isEqualTo("Translator (fr, de)");
    }

    @Test
    @WithMockUser(
            username = ADAM,
            roles = {"EDITOR", "ADMIN"})
    void aRefusedAccountKeepsTheDialogOpenAndShowsEveryProblemNextToItsField() {
        navigate("admin/accounts", AccountsView.class);

        test($(Button.class).withClassName("account-new").single()).click();
        test($(TextField.class).withLabel("Username").single()).setValue("Nora Smit");
        test($(PasswordField.class).withLabel("Password").single()).setValue("password1234");
        test($(RoleChoice.class).single()).deselectAll();
        test($(Button.class).withClassName("account-save").single()).click();

        assertThat(problemOf($(TextField.class).withLabel("Username").single()))
                .isEqualTo(translated("accounts.problem.USERNAME_INVALID"));
        assertThat(problemOf($(TextField.class).withLabel("Name").single()))
                .isEqualTo(translated("accounts.problem.DISPLAY_NAME_INVALID"));
        assertThat(problemOf($(PasswordField.class).withLabel("Password").single()))
                .isEqualTo("This password is too common and easy to guess. Choose another one.");
        assertThat(problemOf($(RoleChoice.class).single())).isEqualTo(translated("accounts.problem.NO_ROLE"));
        assertThat($(Paragraph.class).withClassName("account-problem").all())
                .as("no problem left without a field")
                .isEmpty();
        assertThat(rows()).extracting(AccountSummary::username).doesNotContain("nora smit");
    }

    @Test
    @WithMockUser(
            username = ADAM,
            roles = {"EDITOR", "ADMIN"})
    void disablingAnAccountAsksFirstAndCancellingKeepsItActive() {
        navigate("admin/accounts", AccountsView.class);
        test(grid())
                .select(rows().stream().map(AccountSummary::username).toList().indexOf(EVA));

        test($(Button.class).withText("Disable").single()).click();
        var question = $(ConfirmDialog.class).single();
        assertThat(question.getElement().getProperty("header")).startsWith("Disable ");
        test(question).cancel();

        assertThat(rows())
                .filteredOn(account -> account.username().equals(EVA))
                .singleElement()
                .satisfies(account -> assertThat(account.enabled()).isTrue());
    }

    @Test
    @WithMockUser(
            username = ADAM,
            roles = {"EDITOR", "ADMIN"})
    void disablingTheLastAdministratorIsRefusedWithAClearMessage() {
        // Whatever administrators the database holds besides, within this transaction Adam is the only one.
        dsl.update(USER_ACCOUNT)
                .set(USER_ACCOUNT.ENABLED, false)
                .where(USER_ACCOUNT.USERNAME.ne(ADAM))
                .execute();
        navigate("admin/accounts", AccountsView.class);
        test(grid())
                .select(rows().stream().map(AccountSummary::username).toList().indexOf(ADAM));

        test($(Button.class).withText("Disable").single()).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(test($(Notification.class).last()).getText()).contains("last active administrator");
    }

    private static String problemOf(HasValidation field) {
        assertThat(field.isInvalid()).as("marked invalid").isTrue();
        return field.getErrorMessage();
    }

    private String translated(String key) {
        return $(AccountsView.class).single().getTranslation(key);
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void anEditorDoesNotGetTheAccountsPage() {
        assertThatThrownBy(() -> navigate("admin/accounts", AccountsView.class));
    }

    @SuppressWarnings("unchecked")
    private Grid<AccountSummary> grid() {
        return (Grid<AccountSummary>) $(Grid.class).single();
    }

    private List<AccountSummary> rows() {
        return grid().getGenericDataView().getItems().toList();
    }
}
