package org.newsdesk.backoffice.layout;

import java.text.DateFormatSymbols;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.i18n.I18NProvider;
import org.newsdesk.base.Formats;

/**
 * Date fields as staff expect them: written in their region's order (31/12/2026 in en-GB, 31-12-2026 in nl),
 * ISO 2026-12-31 always understood, and a clear message for what is not a date or lies outside the years a news
 * archive holds, instead of a silently emptied field that then counts as missing.
 */
public final class DateInput {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private DateInput() {}

    public static void regional(DatePicker picker, Locale locale) {
        picker.setLocale(locale);
        picker.setMin(EARLIEST);
        picker.setMax(LATEST);
        picker.setI18n(i18n(locale));
    }

    public static void regional(DateTimePicker picker, Locale locale) {
        picker.setLocale(locale);
        picker.setMin(EARLIEST.atStartOfDay());
        picker.setMax(LATEST.atTime(23, 59));
        var messages = i18n(locale);
        picker.setDatePickerI18n(messages);
        picker.setI18n(new DateTimePicker.DateTimePickerI18n()
                .setBadInputErrorMessage(messages.getBadInputErrorMessage())
                .setRequiredErrorMessage(messages.getRequiredErrorMessage())
                .setMinErrorMessage(messages.getMinErrorMessage())
                .setMaxErrorMessage(messages.getMaxErrorMessage()));
    }

    /**
     * What the picker itself finds wrong with what was typed (not a date, outside the years allowed), which the
     * server cannot know: to it, unreadable input is no date at all.
     */
    public static Optional<String> ownProblem(DatePicker picker) {
        var result = picker.getDefaultValidator().apply(picker.getValue(), new ValueContext(picker));
        return result.isError() ? Optional.of(result.getErrorMessage()) : Optional.empty();
    }

    /** The region's short pattern with a four-digit year: an archive reaches back past any two-digit century. */
    static String pattern(Locale locale) {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                        FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale)
                .replaceAll("y+", "yyyy");
    }

    private static DatePicker.DatePickerI18n i18n(Locale locale) {
        var symbols = DateFormatSymbols.getInstance(locale);
        var example = LocalDate.of(2026, 12, 31);
        var regionalExample =
                DateTimeFormatter.ofPattern(pattern(locale), locale).format(example);
        var range = new Object[] {Formats.date(EARLIEST, locale), Formats.date(LATEST, locale)};
        return new DatePicker.DatePickerI18n()
                .setDateFormats(pattern(locale), "yyyy-MM-dd")
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(sundayFirst(symbols.getWeekdays()))
                .setWeekdaysShort(sundayFirst(symbols.getShortWeekdays()))
                .setFirstDayOfWeek(Calendar.getInstance(locale).getFirstDayOfWeek() - 1)
                .setToday(I18NProvider.translate(locale, "date.today"))
                .setCancel(I18NProvider.translate(locale, "date.cancel"))
                .setBadInputErrorMessage(
                        I18NProvider.translate(locale, "date.notADate", regionalExample, example.toString()))
                .setRequiredErrorMessage(I18NProvider.translate(locale, "validation.required"))
                .setMinErrorMessage(I18NProvider.translate(locale, "date.outOfRange", range))
                .setMaxErrorMessage(I18NProvider.translate(locale, "date.outOfRange", range));
    }

    /** {@link DateFormatSymbols} counts weekdays from 1 (Sunday); the picker from 0, Sunday too. */
    private static List<String> sundayFirst(String[] weekdays) {
        return Arrays.asList(weekdays).subList(Calendar.SUNDAY, Calendar.SATURDAY + 1);
    }
}
