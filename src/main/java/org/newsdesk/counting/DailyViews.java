package org.newsdesk.counting;

import java.time.LocalDate;

import org.newsdesk.base.Language;

/** The views of one language on one day of the site's calendar, all articles together. */
public record DailyViews(LocalDate day, Language language, long views) {}
