package org.newsdesk.base;

/** Where a language version of an article stands in the editorial workflow. */
public enum PublicationStatus {
    DRAFT,
    SCHEDULED,
    PUBLISHED,
    ARCHIVED
}
