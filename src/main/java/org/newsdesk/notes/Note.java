package org.newsdesk.notes;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;

/**
 * One internal note on an article, as plain text.
 *
 * @param language  the language version it concerns; null when it is about the whole article
 * @param writtenBy the author's display name, or their username when the account is gone
 */
public record Note(
        long id, @Nullable Language language, NoteKind kind, String writtenBy, Instant writtenAt, String text) {}
