package org.newsdesk.article;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;

/**
 * Which articles the back office list shows. Language, status and text apply to the same language version: "a
 * French draft whose title mentions energy". Null or blank means any.
 *
 * @param reviewer only versions in review that this person (a username) did not write last: waiting for their review
 * @param author   only drafts that this person (a username) wrote last: their drafts
 */
public record OverviewFilter(
        String titleText,
        @Nullable Long themeId,
        @Nullable Language language,
        @Nullable PublicationStatus status,
        boolean oldestFirst,
        @Nullable String reviewer,
        @Nullable String author) {

    public static final OverviewFilter ALL = new OverviewFilter("", null, null, null, false);

    public OverviewFilter {
        titleText = titleText == null ? "" : titleText.strip();
    }

    public OverviewFilter(
            String titleText,
            @Nullable Long themeId,
            @Nullable Language language,
            @Nullable PublicationStatus status,
            boolean oldestFirst) {
        this(titleText, themeId, language, status, oldestFirst, null, null);
    }

    public OverviewFilter withStatus(@Nullable PublicationStatus status) {
        return new OverviewFilter(titleText, themeId, language, status, oldestFirst, reviewer, author);
    }

    /** Only the versions waiting for this person's review. */
    public OverviewFilter waitingForReviewOf(String username) {
        return new OverviewFilter(titleText, themeId, language, status, oldestFirst, username, author);
    }

    /** Only the drafts this person wrote last. */
    public OverviewFilter draftsOf(String username) {
        return new OverviewFilter(titleText, themeId, language, status, oldestFirst, reviewer, username);
    }
}
