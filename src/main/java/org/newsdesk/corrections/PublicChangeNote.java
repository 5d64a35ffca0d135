package org.newsdesk.corrections;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A change to a published version as its readers see it: when, what kind, and what changed.
 *
 * @param day the day of {@code notedAt} on the site's clocks, as the page dates it
 */
public record PublicChangeNote(ChangeKind kind, String text, Instant notedAt, LocalDate day) {}
