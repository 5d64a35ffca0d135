package org.newsdesk.account;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.newsdesk.security.Role;

/** A staff account as administrators see it, without its password. */
public record AccountSummary(
        String username,
        String displayName,
        Set<Role> roles,
        boolean enabled,
        @Nullable Instant lockedUntil) {}
