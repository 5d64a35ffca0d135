package org.newsdesk.account;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.security.Role;

/**
 * A staff account as administrators see it, without its password.
 *
 * @param languages the languages a translator works in; none for other roles
 */
public record AccountSummary(
        String username,
        String displayName,
        Set<Role> roles,
        Set<Language> languages,
        boolean enabled,
        @Nullable Instant lockedUntil) {}
