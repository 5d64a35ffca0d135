package org.newsdesk.backoffice.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class DateInputTest {

    @Test
    void eachRegionWritesItsOwnOrderWithFourDigitYears() {
        assertThat(DateInput.pattern(Locale.UK)).isEqualTo("dd/MM/yyyy");
        assertThat(DateInput.pattern(Locale.US)).isEqualTo("M/d/yyyy");
        assertThat(DateInput.pattern(Locale.forLanguageTag("nl"))).isEqualTo("dd-MM-yyyy");
        assertThat(DateInput.pattern(Locale.forLanguageTag("nl-BE"))).isEqualTo("d/MM/yyyy");
        assertThat(DateInput.pattern(Locale.GERMAN)).isEqualTo("dd.MM.yyyy");
    }
}
