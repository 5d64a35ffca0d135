package org.newsdesk.theme;

import java.time.LocalDate;

/**
 * One action of a theme's yearly timeline, in one language.
 *
 * @param date        the exact day, when it matters; usually only the year is known
 * @param articleSlug the published article about this action in the same language, if there is one
 */
public record TimelineAction(long id, int year, LocalDate date, String text, String articleSlug) {}
