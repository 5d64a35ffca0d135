package org.newsdesk.editorial;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;

/**
 * A language version that was translated from another one, and whether it still follows it.
 *
 * @param source        the language it was translated from
 * @param outdatedSince when the source's title, teaser or body changed after this translation matched it; null
 *                      while it is up to date
 * @param sourceThen    the source's text as it was when this translation last matched it; null when that text is
 *                      not on record (versions written before revisions were kept)
 */
public record Translation(
        Language source,
        @Nullable Instant outdatedSince,
        @Nullable VersionDraft sourceThen) {

    public boolean outdated() {
        return outdatedSince != null;
    }
}
