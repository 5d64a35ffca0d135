package org.newsdesk.translation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFactsTest {

    @Test
    void theSameFiguresWrittenTheWayEachLanguageWritesThemAreTheSameNumbers() {
        var dutch = TextFacts.numbers("Op 15 maart 2021 kostte het project €1.250.000, ofwel 12,5 % meer.");
        var french = TextFacts.numbers("Le 15 mars 2021, le projet a coûté 1 250 000 €, soit 12,5 % de plus.");
        var english = TextFacts.numbers("On 15 March 2021 the project cost €1,250,000, or 12.5% more.");
        var german = TextFacts.numbers("Am 15. März 2021 kostete das Projekt 1.250.000 €, also 12,5 % mehr.");

        assertThat(dutch.keySet())
                .containsExactlyInAnyOrder("15", "2021", "1250000", "125")
                .isEqualTo(french.keySet())
                .isEqualTo(english.keySet())
                .isEqualTo(german.keySet());
        assertThat(dutch).containsEntry("1250000", "1.250.000");
    }

    @Test
    void datesWithLeadingZerosAndYearsAtTheEndOfASentence() {
        assertThat(TextFacts.numbers("Vanaf 03/05/2026. Tot 2027.").keySet())
                .containsExactlyInAnyOrder("3", "5", "2026", "2027");
    }

    @Test
    void numbersInLinkTargetsAreLinksNotFacts() {
        var text = "Zie [het verslag](https://example.org/verslag-2019.pdf) en <https://example.org/2020>, of"
                + " https://example.org/cijfers.";

        assertThat(TextFacts.numbers(text)).isEmpty();
        assertThat(TextFacts.links(text))
                .containsExactly(
                        "https://example.org/2020",
                        "https://example.org/cijfers",
                        "https://example.org/verslag-2019.pdf");
    }

    @Test
    void aLinkWithATitleIsItsAddress() {
        assertThat(TextFacts.links("[Benelux](https://www.benelux.int/nl \"De site\")"))
                .containsExactly("https://www.benelux.int/nl");
    }
}
