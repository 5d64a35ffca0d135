package org.newsdesk.theme;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One action of a theme's yearly timeline, in one language.
 *
 * @param date        the exact day, when it matters; usually only the year is known
 * @param articleSlug the published article about this action in the same language, if there is one
 */
public record TimelineAction(
        long id,
        int year,
        @Nullable LocalDate date,
        String text,
        @Nullable String articleSlug) {}
