package org.newsdesk.account;

import java.time.LocalDateTime;
import java.util.Set;

/** A staff account as administrators see it, without its password. */
public record AccountSummary(String username, String displayName, Set<String> roles, boolean enabled,
                             LocalDateTime lockedUntil) {
}
