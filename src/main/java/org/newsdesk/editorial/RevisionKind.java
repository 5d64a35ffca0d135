package org.newsdesk.editorial;

/** Why a revision of a language version was kept. */
public enum RevisionKind {
    /** An editor saved the version. */
    SAVED,
    /** An editor confirmed that a translation still says what its changed source says; the text stayed as it was. */
    CONFIRMED,
    /** Someone other than its last author approved the version or sent it back to draft; the text stayed as it was. */
    REVIEWED,
    /** Someone withdrew the version, unpublished it or put it back on the site; the text stayed as it was. */
    TAKEN_DOWN
}
