package org.newsdesk.audit;

import java.time.Instant;

/** One entry of the audit trail. The actor is null for anonymous callers, such as a failed sign-in. */
public record AuditEvent(
        long id,
        Instant occurredAt,
        String actor,
        String clientAddress,
        String action,
        String target,
        String details) {}
