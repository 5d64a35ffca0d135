package org.newsdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FullTextSearchTest {

    @Test
    void requiresEveryWordAsAPrefix() {
        assertThat(FullTextSearch.expressionFor("Benelux mensenhandel")).hasValue("+Benelux* +mensenhandel*");
    }

    @Test
    void dropsOperatorsQuotesAndWildcards() {
        assertThat(FullTextSearch.expressionFor("\"crise\" +énergie -gaz* (test) ~x <y> @3 %_ ' OR 1=1 --"))
                .hasValue("+crise* +énergie* +gaz* +test*");
    }

    @Test
    void keepsOtherScripts() {
        assertThat(FullTextSearch.expressionFor("Москва 東京都庁")).hasValue("+Москва* +東京都庁*");
    }

    @Test
    void hasNothingToSearchForWithoutAWordOfThreeLetters() {
        assertThat(FullTextSearch.expressionFor("% _ + - * a b 12")).isEmpty();
    }

    @Test
    void boundsVeryLongInput() {
        var expression = FullTextSearch.expressionFor("word".repeat(500) + " x".repeat(500)
                + " alpha beta gamma delta epsilon zeta theta iota kappa").orElseThrow();

        assertThat(expression.split(" ")).hasSize(8);
        assertThat(expression.split(" ")[0]).hasSize(42);
    }
}
