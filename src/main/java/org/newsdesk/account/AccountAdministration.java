package org.newsdesk.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.newsdesk.audit.AuditLog;
import org.newsdesk.base.Problems;
import org.newsdesk.security.AdminOnly;
import org.newsdesk.security.Role;
import org.newsdesk.security.SignedInSessions;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with staff accounts. Every change is audited, and the back office never loses its last
 * enabled administrator. Taking access away (disabling, changing roles) also ends the account's open sessions,
 * so that it takes effect at once rather than at the next sign-in.
 */
@Service
@Transactional
@AdminOnly
public class AccountAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final int MAX_DISPLAY_NAME = 128;

    private final AccountRepository accounts;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwords;
    private final SignedInSessions sessions;
    private final AuditLog audit;
    private final Clock clock;

    AccountAdministration(
            AccountRepository accounts,
            PasswordPolicy passwordPolicy,
            PasswordEncoder passwords,
            SignedInSessions sessions,
            AuditLog audit,
            Clock clock) {
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.passwords = passwords;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> accounts() {
        return accounts.findAll(Instant.now(clock));
    }

    /** @param username lower case letters, digits, '.', '_' and '-', 2 to 64 characters */
    public void create(String username, String displayName, String password, Set<Role> roles) {
        var problems = new Problems();
        if (username == null || !USERNAME.matcher(username).matches()) {
            add(problems, AccountProblem.USERNAME_INVALID);
        } else if (accounts.exists(username)) {
            add(problems, AccountProblem.USERNAME_TAKEN);
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > MAX_DISPLAY_NAME) {
            add(problems, AccountProblem.DISPLAY_NAME_INVALID);
        }
        passwordPolicy.problemWith(password).ifPresent(problem -> add(problems, problem));
        if (roles == null || roles.isEmpty()) {
            add(problems, AccountProblem.NO_ROLE);
        }
        problems.rejectIfAny();
        var id = accounts.insert(username, displayName.strip(), PasswordHashing.hash(passwords, password));
        accounts.replaceRoles(id, roles);
        audit.record(AccountActions.CREATED, username, "roles: " + listed(roles));
    }

    public void disable(String username) {
        var account = existing(username);
        requireAnotherAdministratorBesides(account);
        accounts.setEnabled(account.id(), false);
        sessions.endAllOf(username);
        audit.record(AccountActions.DISABLED, username, null);
    }

    public void enable(String username) {
        accounts.setEnabled(existing(username).id(), true);
        audit.record(AccountActions.ENABLED, username, null);
    }

    public void resetPassword(String username, String newPassword) {
        var account = existing(username);
        requireAcceptable(newPassword);
        accounts.setPassword(account.id(), PasswordHashing.hash(passwords, newPassword));
        audit.record(AccountActions.PASSWORD_RESET, username, null);
    }

    public void setRoles(String username, Set<Role> roles) {
        var account = existing(username);
        requireValid(roles);
        if (!roles.contains(Role.ADMIN)) {
            requireAnotherAdministratorBesides(account);
        }
        if (roles.equals(account.roles())) {
            return;
        }
        accounts.replaceRoles(account.id(), roles);
        sessions.endAllOf(username);
        audit.record(AccountActions.ROLES_CHANGED, username, listed(account.roles()) + " -> " + listed(roles));
    }

    private StaffAccount existing(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> AccountProblem.NO_SUCH_ACCOUNT.refusal());
    }

    private void requireAnotherAdministratorBesides(StaffAccount account) {
        var administrators = accounts.lockEnabledAdministrators();
        if (administrators.contains(account.username()) && administrators.size() == 1) {
            throw AccountProblem.LAST_ADMINISTRATOR.refusal();
        }
    }

    private void requireAcceptable(String password) {
        passwordPolicy.problemWith(password).ifPresent(problem -> {
            throw problem.refusal();
        });
    }

    private static void requireValid(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw AccountProblem.NO_ROLE.refusal();
        }
    }

    private static void add(Problems problems, AccountProblem problem) {
        problems.add(problem.field(), problem.messageKey());
    }

    private static String listed(Set<Role> roles) {
        return new TreeSet<>(roles).stream().map(Role::name).collect(Collectors.joining(", "));
    }
}
