package org.newsdesk.security;

/** The staff roles. Spring Security sees them with its ROLE_ prefix. */
public final class Roles {
    public static final String EDITOR = "EDITOR";
    public static final String ADMIN = "ADMIN";
    public static final String TRANSLATOR = "TRANSLATOR";

    private Roles() {}
}
