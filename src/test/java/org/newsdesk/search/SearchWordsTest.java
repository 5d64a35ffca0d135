package org.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.base.Language;

class SearchWordsTest {

    @Test
    void foldsCaseAndAccentsSoThatVisitorsNeedNotTypeThem() {
        assertThat(SearchWords.folded("Réseau ÉNERGIE Straße Œuvre Ærø Łódź naïve"))
                .containsExactly("reseau", "energie", "strasse", "oeuvre", "aero", "lodz", "naive");
        assertThat(query(Language.FR, "reseaux")).isEqualTo(query(Language.FR, "réseaux"));
        assertThat(SearchWords.of(Language.DE, "Straße")).isEqualTo(SearchWords.of(Language.DE, "strasse"));
    }

    /** The pairs of the issue, and what Porter's English stemmer really takes for one word. */
    @ParameterizedTest
    @CsvSource({
        "NL, samenwerken, samenwerking",
        "FR, politique, politiques",
        "FR, frontière, frontieres",
        "DE, Grenze, Grenzen",
        "DE, Häuser, Haus",
        "EN, cooperate, cooperation",
        "EN, policy, policies"
    })
    void aWordAndItsOtherFormsHaveOneStem(Language language, String searched, String written) {
        assertThat(query(language, searched))
                .isEqualTo(SearchWords.of(language, written).stream().toList());
    }

    @Test
    void eachLanguageStemsWithItsOwnRules() {
        assertThat(SearchWords.of(Language.NL, "samenwerking")).containsExactly("samenwerk");
        assertThat(SearchWords.of(Language.EN, "samenwerking")).containsExactly("samenwerk");
        assertThat(SearchWords.of(Language.FR, "politiques")).containsExactly("polit");
        assertThat(SearchWords.of(Language.DE, "politiques")).containsExactly("politiqu");
    }

    @Test
    void stopWordsAreNeitherStoredNorSearched() {
        assertThat(SearchWords.of(Language.NL, "De samenwerking van het jaar")).containsExactly("samenwerk", "jar");
        assertThat(SearchWords.of(Language.FR, "Les politiques et la politique"))
                .containsExactly("polit");
        assertThat(SearchWords.of(Language.EN, "The policies of the year")).containsExactly("polici", "year");
        assertThat(SearchWords.of(Language.DE, "Über die Grenzen für alle")).containsExactly("grenz");
        assertThat(query(Language.NL, "de het een")).isEmpty();
        assertThat(query(Language.EN, "the and of")).isEmpty();
    }

    @Test
    void keepsLettersAndDigitsOfEveryScript() {
        assertThat(SearchWords.of(Language.NL, "Москва 東京都庁 हिन्दी ガイド 2024"))
                .containsExactly("москва", "東京都庁", "हिन्दी", "ガイド", "2024");
    }

    @Test
    void compatibilityFormsBecomePlainLetters() {
        assertThat(SearchWords.folded("ﬁnance ＥＵ")).containsExactly("finance", "eu");
    }

    @Test
    void punctuationOperatorsAndWildcardsOnlySeparateWords() {
        assertThat(query(Language.FR, "\"crise\" +énergie -gaz* (test) ~x <y> @3 %_ ' OR 1=1 -- l'Europe"))
                .containsExactly("cris", "energ", "gaz", "test", "or", "europ");
    }

    @Test
    void wordsOfOneLetterAreLeftOutAndTwoLettersCount() {
        assertThat(query(Language.NL, "% _ + - * a b 1")).isEmpty();
        assertThat(SearchWords.of(Language.NL, "EU en 5G")).containsExactly("eu", "5g");
    }

    @Test
    void storesEachStemOnceInOrderOfFirstAppearance() {
        assertThat(SearchWords.of(Language.NL, "Water en wateren", "WATER, brug"))
                .containsExactly("water", "brug");
    }

    @Test
    void quotesMakePhrasesWhoseStopWordsCount() {
        var query = SearchQuery.of(Language.NL, "„strijd tegen mensenhandel\" europa \"grenzen");

        assertThat(query.words()).containsExactly("strijd", "mensenhandel", "europa", "grenz");
        assertThat(query.phrases()).containsExactly(List.of("strijd", "teg", "mensenhandel"));
        assertThat(SearchQuery.of(Language.NL, "\"grenzen overschrijdend").phrases())
                .as("an unclosed quote runs to the end")
                .containsExactly(List.of("grenz", "overschrijd"));
        assertThat(SearchQuery.of(Language.NL, "\"de het\"").isEmpty()).isTrue();
    }

    @Test
    void boundsVeryLongInput() {
        var query = query(
                Language.NL,
                "woord".repeat(500) + " x".repeat(500) + " alpha beta gamma delta epsilon zeta theta iota kappa");

        assertThat(query).hasSize(SearchWords.MAX_QUERY_WORDS);
        assertThat(query.getFirst()).hasSize(SearchWords.MAX_LENGTH);
        assertThat(SearchWords.of(Language.NL, "東".repeat(100)))
                .singleElement()
                .satisfies(word ->
                        assertThat(word.codePointCount(0, word.length())).isEqualTo(SearchWords.MAX_LENGTH));
    }

    @Test
    void nothingIsNothing() {
        assertThat(SearchWords.of(Language.NL, (String) null, "", "   ")).isEmpty();
        assertThat(query(Language.NL, "")).isEmpty();
    }

    private static List<String> query(Language language, String text) {
        return SearchQuery.of(language, text).words();
    }
}
