package org.newsdesk.editorial;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.PublicationStatus;

/**
 * One language version of an article as an editor writes it.
 *
 * @param publishAt when a scheduled version goes live, or when one in review goes live once approved; null in the
 *                  other states
 */
public record VersionDraft(
        String title,
        String slug,
        String teaser,
        String body,
        PublicationStatus status,
        @Nullable Instant publishAt) {

    public VersionDraft {
        title = title == null ? "" : title.strip();
        slug = slug == null ? "" : slug.strip();
        teaser = teaser == null ? "" : teaser.strip();
        body = body == null ? "" : body;
        status = status == null ? PublicationStatus.DRAFT : status;
        publishAt = status == PublicationStatus.SCHEDULED || status == PublicationStatus.IN_REVIEW ? publishAt : null;
    }

    public static VersionDraft empty() {
        return new VersionDraft("", "", "", "", PublicationStatus.DRAFT, null);
    }

    /** This text with the publication state (status and time) of another version. */
    public VersionDraft withStateOf(VersionDraft other) {
        return withState(other.status, other.publishAt);
    }

    /** This text in another publication state; {@code publishAt} counts only for a version scheduled or in review. */
    public VersionDraft withState(PublicationStatus newStatus, @Nullable Instant newPublishAt) {

        return new VersionDraft(title, slug, teaser, body, newStatus, newPublishAt);
    }

    /** This version as approving it stores it: live now, or scheduled when it carries a time still ahead. */
    public VersionDraft approvedAt(Instant now) {
        return publishAt != null && publishAt.isAfter(now)
                ? withState(PublicationStatus.SCHEDULED, publishAt)
                : withState(PublicationStatus.PUBLISHED, null);
    }

    public boolean hasSameStateAs(VersionDraft other) {
        return status == other.status && Objects.equals(publishAt, other.publishAt);
    }

    /** Whether readers would read something else: another title, teaser or body. */
    public boolean readsDifferentlyFrom(VersionDraft other) {
        return !title.equals(other.title) || !teaser.equals(other.teaser) || !body.equals(other.body);
    }

    public boolean isBlank() {
        return title.isEmpty() && teaser.isEmpty() && body.isBlank();
    }
}
