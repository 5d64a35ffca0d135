package org.newsdesk.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.search.SearchWords;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Les vœux du maire                       | les-voeux-du-maire",
                "Énergie : les pays « cœur » de l'Europe | energie-les-pays-coeur-de-l-europe",
                "Große Straßenbahn für Köln              | grosse-strassenbahn-fur-koln",
                "IJsselmeer: de ĳzeren brug is open      | ijsselmeer-de-ijzeren-brug-is-open",
                "Łódź i Gdańsk: nowe połączenie          | lodz-i-gdansk-nowe-polaczenie",
                "Ærøskøbing og Øresund                   | aeroskobing-og-oresund"
            })
    void titlesInTheSitesLanguagesKeepEveryLetter(String title, String slug) {
        assertThat(Slugs.fromTitle(title)).isEqualTo(slug);
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @Test
    void aSlugSpellsTheWordsOfTheTitleAsSearchFoldsThem() {
        var title = "Œuvres, Straße, Łódź, ĳs en Ærø";

        assertThat(String.join("-", SearchWords.folded(title))).isEqualTo(Slugs.fromTitle(title));
    }

    @Test
    void whatIsNoLatinLetterOrDigitOnlySeparatesWords() {
        assertThat(Slugs.fromTitle("  -- Москва 2024 / ＥＵ!  ")).isEqualTo("2024-eu");
        assertThat(Slugs.fromTitle(null)).isEmpty();
    }

    @Test
    void longTitlesAreCutAtTheMaximumWithoutATrailingDash() {
        var slug = Slugs.fromTitle("woord ".repeat(60));

        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).doesNotEndWith("-");
        assertThat(Slugs.isValid(slug)).isTrue();
    }
}
