package org.newsdesk;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The services check the staff role; a fixture that runs where the test is a visitor, or outside any test method
 * (in {@code @BeforeAll}), signs in as an editor for the moment it writes. {@link CurrentContextSecurity} makes
 * sure that {@link SecurityContextHolder} is the one the test's services read.
 */
public final class SignedInEditor {

    private SignedInEditor() {}

    public static <T> T during(Supplier<T> work) {
        return as("fixture-editor", List.of("ROLE_EDITOR"), work);
    }

    /** Runs the work signed in as this person with these authorities ({@code ROLE_EDITOR}, {@code LANGUAGE_fr}). */
    public static <T> T as(String username, List<String> authorities, Supplier<T> work) {
        var before = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, "n/a", AuthorityUtils.createAuthorityList(authorities)));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
