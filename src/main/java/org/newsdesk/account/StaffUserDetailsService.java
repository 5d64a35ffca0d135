package org.newsdesk.account;

import java.time.Clock;
import java.time.Instant;

import org.newsdesk.security.Role;
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
                .roles(account.roles().stream().map(Role::name).toArray(String[]::new))
                .disabled(!account.enabled())
                .accountLocked(
                        account.lockedUntil() != null && account.lockedUntil().isAfter(now))
                .build();
    }
}
