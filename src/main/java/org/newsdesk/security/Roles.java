package org.newsdesk.security;

import java.util.Arrays;
import java.util.function.Predicate;

/** The staff roles. Spring Security sees them with its ROLE_ prefix. */
public final class Roles {
    public static final String EDITOR = "EDITOR";
    public static final String ADMIN = "ADMIN";
    public static final String TRANSLATOR = "TRANSLATOR";

    private Roles() {}

    /**
     * Whether someone holds any staff role, asked role by role (a request's {@code isUserInRole}): staff see what is
     * not public yet and are not counted as readers. Every role counts, so a new one cannot be forgotten here.
     */
    public static boolean anyStaffRole(Predicate<String> holds) {
        return Arrays.stream(Role.values()).map(Role::name).anyMatch(holds);
    }
}
