package org.newsdesk.translation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;

/**
 * One language version of an article as the translation overview shows it.
 *
 * @param status        null when the article has no version in this language
 * @param source        the language it is translated from; null for the original and for a missing version
 * @param outdatedSince when its source changed after it was translated; null while up to date
 * @param views         visitors who read this version
 */
public record VersionStanding(
        Language language,
        @Nullable PublicationStatus status,
        @Nullable Language source,
        @Nullable Instant outdatedSince,
        long views) {

    public static VersionStanding missing(Language language) {
        return new VersionStanding(language, null, null, null, 0);
    }

    VersionStanding withViews(long views) {
        return new VersionStanding(language, status, source, outdatedSince, views);
    }

    public boolean isMissing() {
        return status == null;
    }

    public boolean isOutdated() {
        return outdatedSince != null;
    }
}
