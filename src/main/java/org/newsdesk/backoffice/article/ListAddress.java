package org.newsdesk.backoffice.article;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.router.QueryParameters;
import org.jspecify.annotations.Nullable;
import org.newsdesk.article.OverviewFilter;
import org.newsdesk.base.Language;
import org.newsdesk.base.PublicationStatus;
import org.newsdesk.base.ui.AddressParameters;

/**
 * The article list's filters as its address keeps them ({@code ?q=energy&lang=fr&status=draft&theme=3&review=mine&drafts=mine}), so that
 * Back, reload and a shared link show the same list. Values that make no sense count as absent.
 */
record ListAddress(
        String text,
        @Nullable Long themeId,
        @Nullable Language language,
        @Nullable PublicationStatus status,
        boolean waitingForMyReview,
        boolean myDrafts) {

    static final ListAddress EVERYTHING = new ListAddress("", null, null, null, false, false);
    private static final String REVIEW = "review";
    private static final String DRAFTS = "drafts";
    private static final String MINE = "mine";

    static ListAddress of(QueryParameters parameters) {
        return new ListAddress(
                AddressParameters.single(parameters, "q").orElse(""),
                AddressParameters.single(parameters, "theme")
                        .flatMap(ListAddress::id)
                        .orElse(null),
                AddressParameters.single(parameters, "lang")
                        .flatMap(Language::fromCode)
                        .orElse(null),
                AddressParameters.single(parameters, "status")
                        .flatMap(ListAddress::status)
                        .orElse(null),
                AddressParameters.single(parameters, REVIEW)
                        .filter(MINE::equals)
                        .isPresent(),
                AddressParameters.single(parameters, DRAFTS)
                        .filter(MINE::equals)
                        .isPresent());
    }

    ListAddress withStatus(@Nullable PublicationStatus chosen) {
        return new ListAddress(text, themeId, language, chosen, waitingForMyReview, myDrafts);
    }

    /** @param me the signed-in person's username, whose review "waiting for my review" and "my drafts" mean */
    OverviewFilter filter(boolean oldestFirst, String me) {
        var filter = new OverviewFilter(text, themeId, language, status, oldestFirst);
        filter = waitingForMyReview ? filter.waitingForReviewOf(me) : filter;
        return myDrafts ? filter.draftsOf(me) : filter;
    }

    QueryParameters parameters() {
        var parameters = new LinkedHashMap<String, String>();
        if (!text.isBlank()) {
            parameters.put("q", text.strip());
        }
        if (themeId != null) {
            parameters.put("theme", themeId.toString());
        }
        if (language != null) {
            parameters.put("lang", language.code());
        }
        if (status != null) {
            parameters.put("status", status.name().toLowerCase(Locale.ROOT));
        }
        if (waitingForMyReview) {
            parameters.put(REVIEW, MINE);
        }
        if (myDrafts) {
            parameters.put(DRAFTS, MINE);
        }
        return QueryParameters.simple(parameters);
    }

    private static Optional<Long> id(String text) {
        try {
            return Optional.of(Long.parseLong(text)).filter(id -> id > 0);
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    private static Optional<PublicationStatus> status(String text) {
        try {
            return Optional.of(PublicationStatus.valueOf(text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException noSuchStatus) {
            return Optional.empty();
        }
    }
}
