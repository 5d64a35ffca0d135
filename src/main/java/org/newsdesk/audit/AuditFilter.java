package org.newsdesk.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Which audit events an administrator wants to see; null fields do not filter.
 *
 * @param from first day included
 * @param to   last day included
 */
public record AuditFilter(
        @Nullable String action,
        @Nullable String actor,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static final AuditFilter EVERYTHING = new AuditFilter(null, null, null, null);
}
