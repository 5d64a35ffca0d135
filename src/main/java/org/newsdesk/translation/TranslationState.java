package org.newsdesk.translation;

/** What the translation overview can look for in a language version; a version can be in several at once. */
public enum TranslationState {
    /** The article has no version in the language. */
    MISSING,
    DRAFT,
    /** Submitted: a translator's way of saying it is ready, waiting for someone to review it. */
    IN_REVIEW,
    /** Its source's text changed after it was translated or confirmed. */
    OUTDATED,
    /** A translation that matches its source's current text. */
    UP_TO_DATE,
    SCHEDULED,
    PUBLISHED
}
