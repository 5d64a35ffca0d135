package org.newsdesk.article;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;

/**
 * Where one language version of an article stands, as the back office list shows it.
 *
 * @param publishAt when a scheduled version goes live; null for the other states
 * @param overdue   scheduled, its time passed, and still not live: worth an editor's attention
 * @param outdated  a translation whose source changed since: worth a translator's attention
 * @param views     visitors who read this version, counted since views were told apart by language
 * @param unreviewed published (or scheduled) without review, and nobody has reviewed it since
 */
public record VersionState(
        Language language,
        PublicationStatus status,
        @Nullable Instant publishAt,
        boolean overdue,
        boolean outdated,
        long views,
        boolean unreviewed) {

    public VersionState withViews(long views) {
        return new VersionState(language, status, publishAt, overdue, outdated, views, unreviewed);
    }
}
