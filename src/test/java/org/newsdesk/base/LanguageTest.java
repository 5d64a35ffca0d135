package org.newsdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "fr-BE,fr;q=0.9,en;q=0.8 | FR",
                "es-ES,es;q=0.9,de;q=0.5  | DE",
                "en-GB                    | EN",
                "ja                       | NL",
                "''                       | NL",
                "not a header;;q=x        | NL",
                "nl-NL,nl;q=0.9           | NL"
            })
    void picksTheVisitorsFirstLanguageThatNewsdeskSpeaks(String header, Language expected) {
        assertThat(Language.preferredIn(header)).isEqualTo(expected);
    }
}
