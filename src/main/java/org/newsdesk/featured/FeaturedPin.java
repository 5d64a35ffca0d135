package org.newsdesk.featured;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;

/**
 * One article pinned to the top of one language's news, as the back office lists it.
 *
 * @param title     the title of the language version, in whatever state it is
 * @param published whether that version is published now: only then does the pin show on the site
 * @param endsAt    null: featured until unpinned
 */
public record FeaturedPin(
        long id,
        Language language,
        long articleId,
        String title,
        boolean published,
        Instant startsAt,
        @Nullable Instant endsAt,
        String pinnedBy) {

    /** Where the pin stands at a moment, as the back office says it. */
    public enum Standing {
        /** On the site now. */
        SHOWN,
        /** Its window starts later. */
        UPCOMING,
        /** Its window has ended; it no longer counts towards the limit. */
        ENDED,
        /** In its window, but its version is not published (yet, or any more). */
        NOT_PUBLISHED
    }

    public Standing standing(Instant now) {
        if (hasEnded(now)) {
            return Standing.ENDED;
        }
        if (startsAt.isAfter(now)) {
            return Standing.UPCOMING;
        }
        return published ? Standing.SHOWN : Standing.NOT_PUBLISHED;
    }

    public boolean hasEnded(Instant now) {
        return endsAt != null && !endsAt.isAfter(now);
    }
}
