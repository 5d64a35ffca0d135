package org.newsdesk.audit;

import java.util.List;

import org.newsdesk.security.AdminOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail as administrators read it. */
@Service
@Transactional(readOnly = true)
@AdminOnly
public class AuditTrail {

    private final AuditRepository events;

    AuditTrail(AuditRepository events) {
        this.events = events;
    }

    /** Matching events, newest first, from offset on. */
    public List<AuditEvent> find(AuditFilter filter, int offset, int limit) {
        return events.find(filter, offset, limit);
    }

    public int count(AuditFilter filter) {
        return events.count(filter);
    }

    /** The actions recorded so far, to filter by. */
    public List<String> actions() {
        return events.findActions();
    }
}
