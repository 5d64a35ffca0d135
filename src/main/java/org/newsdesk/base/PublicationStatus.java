package org.newsdesk.base;

/** Where a language version of an article stands in the editorial workflow. */
public enum PublicationStatus {
    DRAFT,
    /** Submitted: waiting for someone other than its last author to approve it or send it back to draft. */
    IN_REVIEW,
    SCHEDULED,
    PUBLISHED,
    ARCHIVED
}
