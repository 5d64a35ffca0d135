package org.newsdesk.security;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The signed-in user of a staff-only call. Method security lets no call without one through, so a missing one
 * is refused like an unauthenticated call rather than ending in a NullPointerException.
 */
public final class SignedIn {

    private SignedIn() {}

    public static String username(SecurityContextHolderStrategy security) {
        return authentication(security).getName();
    }

    public static EditingRights rights(SecurityContextHolderStrategy security) {
        return EditingRights.of(authentication(security).getAuthorities());
    }

    private static Authentication authentication(SecurityContextHolderStrategy security) {
        var authentication = security.getContext().getAuthentication();
        if (authentication == null) {
            throw new AuthenticationCredentialsNotFoundException("nobody is signed in");
        }
        return authentication;
    }
}
