package org.newsdesk.theme;

import org.jspecify.annotations.Nullable;

/**
 * A theme as the themes index lists it: what it is, how much news it has in this language and which years its
 * action timeline spans.
 *
 * @param firstYear the timeline's earliest year; null when the theme has no timeline
 * @param lastYear  the timeline's latest year; null when the theme has no timeline
 */
public record ThemeOverview(
        Theme theme,
        int publishedArticles,
        @Nullable Integer firstYear,
        @Nullable Integer lastYear) {}
