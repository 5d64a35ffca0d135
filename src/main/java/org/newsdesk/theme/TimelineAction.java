package org.newsdesk.theme;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.newsdesk.base.Language;

/**
 * One action of a theme's yearly timeline, as a page in one language shows it.
 *
 * @param date        the exact day, when it matters; usually only the year is known
 * @param textLanguage the language of the text: the one asked for, or the first the action is written in
 * @param articleSlug  the published article about this action in the language asked for, if there is one
 */
public record TimelineAction(
        long id,
        int year,
        @Nullable LocalDate date,
        String text,
        Language textLanguage,
        @Nullable String articleSlug) {}
