package org.newsdesk.backoffice.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.newsdesk.account.AccountSummary;
import org.newsdesk.security.Role;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** An administrator manages accounts on the accounts page. */
@SpringBootTest
@Transactional
@ViewPackages(packages = "org.newsdesk")
class AccountsViewTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(
            username = "admin",
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
            username = "admin",
            roles = {"EDITOR", "ADMIN"})
    void aRefusedAccountKeepsTheDialogOpenAndSaysWhy() {
        navigate("admin/accounts", AccountsView.class);

        test($(Button.class).withClassName("account-new").single()).click();
        test($(TextField.class).withLabel("Username").single()).setValue("nora");
        test($(TextField.class).withLabel("Name").single()).setValue("Nora Newcomer");
        test($(PasswordField.class).withLabel("Password").single()).setValue("password1234");
        test($(Button.class).withClassName("account-save").single()).click();

        assertThat($(Paragraph.class).withClassName("account-problem").single().getText())
                .isEqualTo("This password is too common and easy to guess. Choose another one.");
        assertThat(rows()).extracting(AccountSummary::username).doesNotContain("nora");
    }

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"EDITOR", "ADMIN"})
    void disablingTheLastAdministratorIsRefusedWithAClearMessage() {
        navigate("admin/accounts", AccountsView.class);
        test(grid())
                .select(rows().stream().map(AccountSummary::username).toList().indexOf("admin"));

        test($(Button.class).withText("Disable").single()).click();

        assertThat(test($(Notification.class).last()).getText()).contains("last active administrator");
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
