package org.newsdesk.account;

import java.time.LocalDateTime;
import java.util.Set;

import org.newsdesk.security.Role;

/** A staff account as administrators see it, without its password. */
public record AccountSummary(String username, String displayName, Set<Role> roles, boolean enabled,
                             LocalDateTime lockedUntil) {
}
