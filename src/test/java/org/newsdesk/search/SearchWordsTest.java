package org.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void foldsCaseAndAccentsSoThatVisitorsNeedNotTypeThem() {
        assertThat(SearchWords.of("Réseau ÉNERGIE Straße Œuvre Ærø Łódź naïve"))
                .containsExactly("reseau", "energie", "strasse", "oeuvre", "aero", "lodz", "naive");
        assertThat(SearchWords.ofQuery("reseau")).isEqualTo(SearchWords.ofQuery("réseau"));
    }

    @Test
    void keepsLettersAndDigitsOfEveryScript() {
        assertThat(SearchWords.of("Москва 東京都庁 हिन्दी ガイド 2024"))
                .containsExactly("москва", "東京都庁", "हिन्दी", "ガイド", "2024");
    }

    @Test
    void compatibilityFormsBecomePlainLetters() {
        assertThat(SearchWords.of("ﬁnance ＥＵ")).containsExactly("finance", "eu");
    }

    @Test
    void punctuationQuotesOperatorsAndWildcardsOnlySeparateWords() {
        assertThat(SearchWords.ofQuery("\"crise\" +énergie -gaz* (test) ~x <y> @3 %_ ' OR 1=1 -- l'Europe"))
                .containsExactly("crise", "energie", "gaz", "test", "or", "europe");
    }

    @Test
    void wordsOfOneLetterAreLeftOutAndTwoLettersCount() {
        assertThat(SearchWords.ofQuery("% _ + - * a b 1")).isEmpty();
        assertThat(SearchWords.of("de EU en 5G")).containsExactly("de", "eu", "en", "5g");
    }

    @Test
    void storesEachWordOnceInOrderOfFirstAppearance() {
        assertThat(SearchWords.of("Water en water", "WATER, brug")).containsExactly("water", "en", "brug");
    }

    @Test
    void boundsVeryLongInput() {
        var query = SearchWords.ofQuery(
                "woord".repeat(500) + " x".repeat(500) + " alpha beta gamma delta epsilon zeta theta iota kappa");

        assertThat(query).hasSize(SearchWords.MAX_QUERY_WORDS);
        assertThat(query.getFirst()).hasSize(SearchWords.MAX_LENGTH);
        assertThat(SearchWords.of("東".repeat(100)))
                .singleElement()
                .satisfies(word ->
                        assertThat(word.codePointCount(0, word.length())).isEqualTo(SearchWords.MAX_LENGTH));
    }

    @Test
    void nothingIsNothing() {
        assertThat(SearchWords.of((String) null, "", "   ")).isEmpty();
        assertThat(SearchWords.ofQuery("")).isEmpty();
    }
}
