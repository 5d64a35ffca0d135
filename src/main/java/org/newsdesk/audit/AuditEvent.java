package org.newsdesk.audit;

import java.time.LocalDateTime;

/** One entry of the audit trail. The actor is null for anonymous callers, such as a failed sign-in. */
public record AuditEvent(long id, LocalDateTime occurredAt, String actor, String clientAddress, String action,
                         String target, String details) {
}
