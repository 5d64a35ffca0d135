package org.newsdesk.account;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.security.Role;

/**
 * A staff member who may sign in to the back office.
 *
 * @param languages the languages a translator works in; none for other roles
 */
record StaffAccount(
        long id,
        String username,
        String displayName,
        String passwordHash,
        boolean enabled,
        @Nullable Instant lockedUntil,
        Set<Role> roles,
        Set<Language> languages) {}
