package org.newsdesk.publishing;

import java.time.Instant;

/**
 * One language version of an article as an editor writes it.
 *
 * @param publishAt when a scheduled version goes live; null unless scheduled
 */
public record VersionDraft(String title, String slug, String teaser, String body, PublicationStatus status,
                           Instant publishAt) {

    public VersionDraft {
        title = title == null ? "" : title.strip();
        slug = slug == null ? "" : slug.strip();
        teaser = teaser == null ? "" : teaser.strip();
        body = body == null ? "" : body;
        status = status == null ? PublicationStatus.DRAFT : status;
        publishAt = status == PublicationStatus.SCHEDULED ? publishAt : null;
    }

    public static VersionDraft empty() {
        return new VersionDraft("", "", "", "", PublicationStatus.DRAFT, null);
    }

    public boolean isBlank() {
        return title.isEmpty() && teaser.isEmpty() && body.isBlank();
    }
}
