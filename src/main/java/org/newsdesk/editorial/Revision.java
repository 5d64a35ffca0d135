package org.newsdesk.editorial;

import java.time.Instant;

/** A language version as it was saved once: who saved it, when, and what it said. */
public record Revision(long id, Instant savedAt, String savedBy, VersionDraft version) {}
