package org.newsdesk.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The site's time zone ({@code newsdesk.time-zone}). Moments are instants everywhere else, stored in UTC; here
 * they become the dates and times of day that editors enter and that the back office and the public site show,
 * whatever zone the server runs in.
 */
@Component
public class SiteTime {

    private final ZoneId zone;

    @Autowired
    SiteTime(NewsdeskProperties settings) {
        this(settings.timeZone());
    }

    public SiteTime(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** This moment's date and time of day on the site's clocks, as a date-time picker takes it; null stays null. */
    public @Nullable LocalDateTime local(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    /**
     * The moment a date and time of day on the site's clocks stand for; null stays null. A time skipped when summer
     * time starts counts as the hour after, one that occurs twice when it ends as the first.
     */
    public @Nullable Instant instant(@Nullable LocalDateTime local) {
        return local == null ? null : local.atZone(zone).toInstant();
    }

    public LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The moment on the site's clocks, the way readers of the language expect it. */
    public String dateTime(Instant instant, Language language) {
        return dateTime(instant, language.locale());
    }

    /** The moment on the site's clocks, in the date format of the language and region (en-GB writes D/M/Y). */
    public String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .format(instant.atZone(zone));
    }

    /**
     * The moment with the zone it is told in, "15 Jan 2027, 09:00 (Central European Time)": staff elsewhere, or on a
     * laptop set to another zone, must not read it as their own time.
     */
    public String dateTimeWithZone(Instant instant, Locale locale) {
        return dateTime(instant, locale) + " (" + zoneName(locale) + ")";
    }

    /** The zone's name as speakers of the language know it, the same in summer and in winter. */
    public String zoneName(Locale locale) {
        return zone.getDisplayName(TextStyle.FULL, locale);
    }
}
