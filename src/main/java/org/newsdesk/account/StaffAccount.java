package org.newsdesk.account;

import java.time.LocalDateTime;
import java.util.Set;

import org.newsdesk.security.Role;

/** A staff member who may sign in to the back office. */
record StaffAccount(long id, String username, String displayName, String passwordHash, boolean enabled,
                    LocalDateTime lockedUntil, Set<Role> roles) {
}
