package org.newsdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class SiteTimeTest {

    private final SiteTime brussels = new SiteTime(ZoneId.of("Europe/Brussels"));

    @Test
    void nineOClockInBrusselsIsEightUtcInWinterAndSevenInSummer() {
        assertThat(brussels.instant(LocalDateTime.of(2027, 1, 15, 9, 0))).isEqualTo("2027-01-15T08:00:00Z");
        assertThat(brussels.instant(LocalDateTime.of(2027, 7, 15, 9, 0))).isEqualTo("2027-07-15T07:00:00Z");
        assertThat(brussels.local(Instant.parse("2027-07-15T07:00:00Z"))).isEqualTo("2027-07-15T09:00");
    }

    @Test
    void aTimeSkippedInSpringIsTheHourAfterAndOneThatOccursTwiceInAutumnTheFirst() {
        assertThat(brussels.instant(LocalDateTime.of(2027, 3, 28, 2, 30))).isEqualTo("2027-03-28T01:30:00Z");
        assertThat(brussels.instant(LocalDateTime.of(2027, 10, 31, 2, 30))).isEqualTo("2027-10-31T00:30:00Z");
    }

    @Test
    void datesAndTimesAreThoseOnTheSitesClocks() {
        var lateEveningUtc = Instant.parse("2027-01-15T23:30:00Z");

        assertThat(brussels.date(lateEveningUtc)).isEqualTo(LocalDate.of(2027, 1, 16));
        assertThat(brussels.dateTime(lateEveningUtc, Language.NL)).isEqualTo("16 jan 2027, 00:30");
        assertThat(new SiteTime(ZoneId.of("Asia/Tokyo")).dateTime(lateEveningUtc, Language.DE))
                .isEqualTo("16.01.2027, 08:30");
    }

    @Test
    void aMomentIsWrittenInTheRegionsOrderAndToldWithTheSitesZone() {
        var nineInBrussels = Instant.parse("2027-01-15T08:00:00Z");

        assertThat(brussels.dateTime(nineInBrussels, Locale.UK)).isEqualTo("15 Jan 2027, 09:00");
        assertThat(brussels.dateTime(nineInBrussels, Locale.US)).isEqualTo("Jan 15, 2027, 9:00\u202fAM");
        assertThat(brussels.dateTimeWithZone(nineInBrussels, Locale.UK))
                .isEqualTo("15 Jan 2027, 09:00 (Central European Time)");
        assertThat(brussels.zoneName(Locale.forLanguageTag("nl"))).isEqualTo("Midden-Europese tijd");
    }

    @Test
    void nothingStaysNothing() {
        assertThat(brussels.local(null)).isNull();
        assertThat(brussels.instant(null)).isNull();
    }
}
