package org.newsdesk.base;

import java.util.EnumSet;
import java.util.Set;

/** Where a language version of an article stands in the editorial workflow. */
public enum PublicationStatus {
    DRAFT,
    /** Submitted: waiting for someone other than its last author to approve it or send it back to draft. */
    IN_REVIEW,
    SCHEDULED,
    PUBLISHED,
    /**
     * Taken down honestly: still at its address, under a dated banner that says why, and out of every list (the
     * grid, theme pages, feeds, search and the sitemap).
     */
    WITHDRAWN,
    /** Taken down for good: its address answers 410 Gone, or leads with a 301 to a page the editor chose. */
    UNPUBLISHED,
    /** Off the site without a word: its address answers 404, as if it had never been published. */
    ARCHIVED;

    /** Whether a visitor reads the version at its address (a withdrawn one under its banner). */
    public boolean isReadable() {
        return this == PUBLISHED || this == WITHDRAWN;
    }

    /** The states of a version that visitors read at its address, its images and documents included. */
    public static Set<PublicationStatus> readable() {
        return EnumSet.of(PUBLISHED, WITHDRAWN);
    }

    /** Taken down by withdrawing or unpublishing: only putting it back returns it to the site as it was. */
    public boolean isTakenDown() {
        return this == WITHDRAWN || this == UNPUBLISHED;
    }

    /** Whether what its address answers depends on the version: a change of it changes the public site. */
    public boolean shapesPublicSite() {
        return this == PUBLISHED || isTakenDown();
    }
}
