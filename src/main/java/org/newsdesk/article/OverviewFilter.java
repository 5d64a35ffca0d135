package org.newsdesk.article;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;

/**
 * Which articles the back office list shows. Language, status and text apply to the same language version: "a
 * French draft whose title mentions energy". Null or blank means any.
 */
public record OverviewFilter(
        String titleText,
        @Nullable Long themeId,
        @Nullable Language language,
        @Nullable PublicationStatus status,
        boolean oldestFirst) {

    public static final OverviewFilter ALL = new OverviewFilter("", null, null, null, false);

    public OverviewFilter {
        titleText = titleText == null ? "" : titleText.strip();
    }

    public OverviewFilter withStatus(@Nullable PublicationStatus status) {

        return new OverviewFilter(titleText, themeId, language, status, oldestFirst);
    }
}
