package org.newsdesk.translation;

/** What the translation overview can look for in a language version; a version can be in several at once. */
public enum TranslationState {
    /** The article has no version in the language. */
    MISSING,
    DRAFT,
    /** Its source's text changed after it was translated or confirmed. */
    OUTDATED,
    /** A translation that matches its source's current text. */
    UP_TO_DATE,
    SCHEDULED,
    PUBLISHED
}
