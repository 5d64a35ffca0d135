package org.newsdesk.search;

import java.util.List;
import java.util.Optional;

import org.newsdesk.base.NewsCursor;

/**
 * Matching articles, newest first, and, when the search stopped at its bound before finding as many as asked for,
 * the last article it tried: older matches may follow it.
 */
public record SearchMatches(List<NewsCursor> matches, Optional<NewsCursor> stoppedAfter) {

    public static final SearchMatches NONE = new SearchMatches(List.of(), Optional.empty());
}
