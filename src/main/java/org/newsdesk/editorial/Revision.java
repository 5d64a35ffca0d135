package org.newsdesk.editorial;

import java.time.Instant;

/** A language version as it was kept once: who saved or confirmed it, when, and what it said. */
public record Revision(long id, Instant savedAt, String savedBy, RevisionKind kind, VersionDraft version) {}
