package org.newsdesk.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.newsdesk.security.EditingRights;
import org.newsdesk.security.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lets Spring Security sign in staff accounts stored in the database. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    StaffUserDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var account =
                accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("No such account"));
        var now = Instant.now(clock);
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(authoritiesOf(account))
                .disabled(!account.enabled())
                .accountLocked(
                        account.lockedUntil() != null && account.lockedUntil().isAfter(now))
                .build();
    }

    /** The roles, and a translator's languages, which {@link EditingRights} reads back. */
    private static List<GrantedAuthority> authoritiesOf(StaffAccount account) {
        var authorities = new ArrayList<GrantedAuthority>();
        account.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        if (account.roles().contains(Role.TRANSLATOR)) {
            account.languages().forEach(language -> authorities.add(EditingRights.authorityFor(language)));
        }
        return authorities;
    }
}
