package org.newsdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class BrowserRegionTest {

    @Test
    void theInterfaceLanguageKeepsTheRegionTheBrowserAsksFor() {
        var british = List.of(Locale.forLanguageTag("en-GB"), Locale.ENGLISH, Locale.forLanguageTag("nl-BE"));

        assertThat(BrowserRegion.regional(Locale.ENGLISH, british)).contains(Locale.UK);
        assertThat(BrowserRegion.regional(Locale.forLanguageTag("nl"), british))
                .contains(Locale.forLanguageTag("nl-BE"));
    }

    @Test
    void withoutARegionForTheLanguageTheLanguageStaysAsItIs() {
        assertThat(BrowserRegion.regional(Locale.FRENCH, List.of(Locale.FRENCH, Locale.forLanguageTag("en-GB"))))
                .isEmpty();
    }
}
