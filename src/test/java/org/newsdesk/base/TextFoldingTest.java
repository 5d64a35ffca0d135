package org.newsdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFoldingTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Les vœux du maire : Œuvre commune     | les voeux du maire : oeuvre commune",
                "Élan, naïveté, façade, Noël           | elan, naivete, facade, noel",
                "Straße, Größe, Äpfel und Übermut      | strasse, grosse, apfel und ubermut",
                "Het Ĳsselmeer en de ĳzeren brug       | het ijsselmeer en de ijzeren brug",
                "Łódź, Gdańsk, Świętokrzyskie, żółw    | lodz, gdansk, swietokrzyskie, zolw",
                "Ærø, Æbleskiver, Øresund, København   | aero, aebleskiver, oresund, kobenhavn",
                "Đakovo, Iğdır                         | dakovo, igdir"
            })
    void latinLettersLoseTheirAccentsAndSpellWhatTheyStandFor(String text, String folded) {
        assertThat(TextFolding.fold(text)).isEqualTo(folded);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ﬁnance ＥＵ         | finance eu",
                "Москва Ёлка         | москва елка",
                "हिन्दी ガイド 東京都庁  | हिन्दी ガイド 東京都庁"
            })
    void compatibilityFormsBecomePlainLettersAndOtherScriptsKeepTheirMarks(String text, String folded) {
        assertThat(TextFolding.fold(text)).isEqualTo(folded);
    }
}
