package org.newsdesk;

import java.util.List;

import org.newsdesk.base.Language;
import org.newsdesk.security.EditingRights;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The kinds of caller the access tables name, each with the authorities {@code StaffUserDetailsService} grants such
 * an account (a visitor gets Spring Security's anonymous token, as every request without a session does). The
 * administrator holds ADMIN alone, so that an operation open to editors but not to administrators shows.
 */
public enum Caller {
    ANONYMOUS,
    EDITOR,
    ADMIN,
    /** A translator of French. */
    TRANSLATOR;

    public static final Language TRANSLATORS_LANGUAGE = Language.FR;

    public SecurityContext securityContext() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                this == ANONYMOUS
                        ? new AnonymousAuthenticationToken(
                                "visitor", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))
                        : UsernamePasswordAuthenticationToken.authenticated(username(), "n/a", authorities()));
        return context;
    }

    public String username() {
        return "access-" + name().toLowerCase();
    }

    private List<GrantedAuthority> authorities() {
        return switch (this) {
            case ANONYMOUS -> List.of();
            case EDITOR, ADMIN -> AuthorityUtils.createAuthorityList("ROLE_" + name());
            case TRANSLATOR ->
                List.of(
                        AuthorityUtils.createAuthorityList("ROLE_TRANSLATOR").getFirst(),
                        EditingRights.authorityFor(TRANSLATORS_LANGUAGE));
        };
    }
}
