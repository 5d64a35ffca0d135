package org.newsdesk.security;

import java.security.Principal;

import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/** The staff sessions open right now, so that taking an account's access away also ends its sessions. */
@Component
public class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Expires every session of the user: their next request signs them out. */
    public void endAllOf(String username) {
        registry.getAllPrincipals().stream()
                .filter(principal -> username.equals(nameOf(principal)))
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .forEach(session -> session.expireNow());
    }

    private static String nameOf(Object principal) {
        return switch (principal) {
            case UserDetails user -> user.getUsername();
            case Principal other -> other.getName();
            default -> principal.toString();
        };
    }
}
