package org.newsdesk.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.newsdesk.audit.AuditLog;
import org.newsdesk.base.Language;
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

    /**
     * @param username  lower case letters, digits, '.', '_' and '-', 2 to 64 characters
     * @param languages a translator's languages, at least one; ignored for other roles
     */
    public void create(String username, String displayName, String password, Set<Role> roles, Set<Language> languages) {
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
        rolesProblem(roles, languages).ifPresent(problem -> add(problems, problem));
        problems.rejectIfAny();
        var id = accounts.insert(username, displayName.strip(), PasswordHashing.hash(passwords, password));
        var kept = languagesKept(roles, languages);
        accounts.replaceRoles(id, roles);
        accounts.replaceLanguages(id, kept);
        audit.record(AccountActions.CREATED, username, "roles: " + listed(roles, kept));
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

    /** @param languages a translator's languages, at least one; ignored for other roles */
    public void setRoles(String username, Set<Role> roles, Set<Language> languages) {
        var account = existing(username);
        rolesProblem(roles, languages).ifPresent(problem -> {
            throw problem.refusal();
        });
        if (!roles.contains(Role.ADMIN)) {
            requireAnotherAdministratorBesides(account);
        }
        var kept = languagesKept(roles, languages);
        if (roles.equals(account.roles()) && kept.equals(account.languages())) {
            return;
        }
        accounts.replaceRoles(account.id(), roles);
        accounts.replaceLanguages(account.id(), kept);
        sessions.endAllOf(username);
        audit.record(
                AccountActions.ROLES_CHANGED,
                username,
                listed(account.roles(), account.languages()) + " -> " + listed(roles, kept));
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

    private static Optional<AccountProblem> rolesProblem(Set<Role> roles, Set<Language> languages) {
        if (roles.isEmpty()) {
            return Optional.of(AccountProblem.NO_ROLE);
        }
        if (roles.contains(Role.TRANSLATOR) && languages.isEmpty()) {
            return Optional.of(AccountProblem.NO_LANGUAGE);
        }
        return Optional.empty();
    }

    /** Languages mean something only to a translator; kept for anyone else they would lie in wait. */
    private static Set<Language> languagesKept(Set<Role> roles, Set<Language> languages) {
        return roles.contains(Role.TRANSLATOR) ? Set.copyOf(languages) : Set.of();
    }

    private static void add(Problems problems, AccountProblem problem) {
        problems.add(problem.field(), problem.messageKey());
    }

    /** "EDITOR, TRANSLATOR (fr, de)": roles in their order, then a translator's languages in theirs. */
    private static String listed(Set<Role> roles, Set<Language> languages) {
        var listed = new TreeSet<>(roles).stream().map(Role::name).collect(Collectors.joining(", "));
        return languages.isEmpty()
                ? listed
                : listed + " ("
                        + new TreeSet<>(languages).stream().map(Language::code).collect(Collectors.joining(", ")) + ")";
    }
}
