package org.newsdesk.editorial;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How a language version was taken down: withdrawn with a reason its readers see, or unpublished.
 *
 * @param reason     the withdrawn version's banner, in its language; null once it is unpublished
 * @param redirectTo the path of this site an unpublished version's address leads to; null when it answers 410 Gone
 */
public record Takedown(
        Instant takenDownAt,
        String takenDownBy,
        @Nullable String reason,
        @Nullable String redirectTo) {

    /** Longer than a sentence or two, a banner stops being read. */
    public static final int MAX_REASON_LENGTH = 300;
}
