package org.newsdesk.security;

/**
 * A staff role, as accounts hold it and `user_role` stores it; in alphabetical order, the order the back office
 * lists roles in. {@link Roles} spells the same names as constants for annotations, which cannot take an enum.
 */
public enum Role {
    ADMIN,
    EDITOR,
    /** Edits only the language versions of the languages given to the account, never the shared fields. */
    TRANSLATOR
}
