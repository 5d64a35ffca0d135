package org.newsdesk.account;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.newsdesk.security.Role;

/** A staff member who may sign in to the back office. */
record StaffAccount(
        long id,
        String username,
        String displayName,
        String passwordHash,
        boolean enabled,
        @Nullable Instant lockedUntil,

        Set<Role> roles) {}
