package org.newsdesk.base;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and counts written the way readers of each language expect them; moments are {@link SiteTime}'s. */
public final class Formats {

    private Formats() {}

    public static String date(LocalDate date, Language language) {
        return date(date, language.locale());
    }

    /** In the language and region's own way: "15 January 2027" in en-GB, "January 15, 2027" in en-US. */
    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(date);
    }

    public static String count(long count, Language language) {
        return NumberFormat.getIntegerInstance(language.locale()).format(count);
    }
}
