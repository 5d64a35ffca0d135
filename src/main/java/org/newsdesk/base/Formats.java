package org.newsdesk.base;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and counts written the way readers of each language expect them; moments are {@link SiteTime}'s. */
public final class Formats {

    private Formats() {}

    public static String date(LocalDate date, Language language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(language.locale())
                .format(date);
    }

    public static String count(long count, Language language) {
        return NumberFormat.getIntegerInstance(language.locale()).format(count);
    }
}
