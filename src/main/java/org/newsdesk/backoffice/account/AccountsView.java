package org.newsdesk.backoffice.account;

import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.account.AccountAdministration;
import org.newsdesk.account.AccountSummary;
import org.newsdesk.backoffice.layout.FieldProblems;
import org.newsdesk.base.Language;
import org.newsdesk.base.Rejected;
import org.newsdesk.base.SiteTime;
import org.newsdesk.base.web.Addresses;
import org.newsdesk.security.Role;
import org.newsdesk.security.Roles;

/** Staff accounts for administrators: create, disable and enable, reset a password, set roles. */
@Route(Addresses.ACCOUNTS_ROUTE)
@Menu(title = "admin.accounts", order = 8)
@RolesAllowed(Roles.ADMIN)
class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountAdministration administration;
    private final Grid<AccountSummary> grid = new Grid<>();
    private final Button enableOrDisable = new Button();
    private final Button resetPassword = new Button();
    private final Button setRoles = new Button();

    AccountsView(AccountAdministration administration, SiteTime siteTime) {
        this.administration = administration;
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("accounts.field.username"));
        grid.addColumn(AccountSummary::displayName)
                .setHeader(getTranslation("accounts.field.displayName"))
                .setFlexGrow(2);
        grid.addColumn(this::rolesOf).setHeader(getTranslation("accounts.field.roles"));
        grid.addColumn(account -> getTranslation(account.enabled() ? "accounts.enabled" : "accounts.disabled"))
                .setHeader(getTranslation("accounts.column.status"));
        grid.addColumn(account ->
                        account.lockedUntil() == null ? "" : siteTime.dateTime(account.lockedUntil(), getLocale()))
                .setHeader(getTranslation("accounts.column.lockedUntil"));
        grid.addSelectionListener(selection -> showActionsFor(selection.getFirstSelectedItem()));

        var create = new Button(
                getTranslation("accounts.new"), click -> new NewAccountDialog(administration, this::saved).open());
        create.addClassName("account-new");
        enableOrDisable.addClickListener(click -> selected().ifPresent(this::enableOrDisable));
        resetPassword.setText(getTranslation("accounts.resetPassword"));
        resetPassword.addClickListener(click ->
                selected().ifPresent(account -> new PasswordResetDialog(administration, account, this::saved).open()));
        setRoles.setText(getTranslation("accounts.roles"));
        setRoles.addClickListener(click ->
                selected().ifPresent(account -> new RolesDialog(administration, account, this::saved).open()));

        grid.setSizeFull();
        setSizeFull();
        add(
                new H1(getTranslation("admin.accounts")),
                new HorizontalLayout(create, enableOrDisable, resetPassword, setRoles),
                grid);
        refresh();
    }

    /** "Translator (fr, de)": a translator's languages say what the role lets them do. */
    private String rolesOf(AccountSummary account) {
        return new TreeSet<>(account.roles())
                .stream()
                        .map(role -> role == Role.TRANSLATOR
                                        && !account.languages().isEmpty()
                                ? getTranslation(
                                        "accounts.translatorOf",
                                        new TreeSet<>(account.languages())
                                                .stream().map(Language::code).collect(Collectors.joining(", ")))
                                : getTranslation("role." + role))
                        .collect(Collectors.joining(", "));
    }

    private Optional<AccountSummary> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void showActionsFor(Optional<AccountSummary> account) {
        enableOrDisable.setText(getTranslation(
                account.map(AccountSummary::enabled).orElse(true) ? "accounts.disable" : "accounts.enable"));
        enableOrDisable.setEnabled(account.isPresent());
        resetPassword.setEnabled(account.isPresent());
        setRoles.setEnabled(account.isPresent());
    }

    /** Disabling signs the person out at once and locks them out: it asks first. Enabling does not. */
    private void enableOrDisable(AccountSummary account) {
        if (!account.enabled()) {
            change(() -> administration.enable(account.username()));
            return;
        }
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("accounts.disable.title", account.displayName()));
        dialog.setText(getTranslation("accounts.disable.text", account.displayName(), account.username()));
        dialog.setConfirmText(getTranslation("accounts.disable"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("accounts.cancel"));
        dialog.addConfirmListener(confirm -> change(() -> administration.disable(account.username())));
        dialog.open();
    }

    private void change(Runnable change) {
        try {
            change.run();
            refresh();
        } catch (Rejected refused) {
            refused.problems()
                    .values()
                    .forEach(problem -> Notification.show(FieldProblems.text(this, problem))
                            .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }

    private void saved() {
        Notification.show(getTranslation("accounts.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private void refresh() {
        grid.setItems(administration.accounts());
        showActionsFor(Optional.empty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.accounts") + " | " + getTranslation("admin.title");
    }
}
