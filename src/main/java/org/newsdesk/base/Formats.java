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

    /** A file's size as readers expect it: "850 KB", "1.4 MB" ("1,4 MB" in nl, fr and de). */
    public static String fileSize(long bytes, Language language) {
        var format = NumberFormat.getNumberInstance(language.locale());
        format.setMaximumFractionDigits(1);
        if (bytes < 1024 * 1024) {
            return format.format(Math.max(1, Math.round(bytes / 1024.0))) + " KB";
        }
        return format.format(bytes / (1024.0 * 1024.0)) + " MB";
    }

    public static String count(long count, Language language) {
        return count(count, language.locale());
    }

    public static String count(long count, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(count);
    }
}
