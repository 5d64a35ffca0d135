package org.newsdesk.audit;

import java.time.LocalDate;

/**
 * Which audit events an administrator wants to see; null fields do not filter.
 *
 * @param from first day included
 * @param to   last day included
 */
public record AuditFilter(String action, String actor, LocalDate from, LocalDate to) {

    public static final AuditFilter EVERYTHING = new AuditFilter(null, null, null, null);
}
