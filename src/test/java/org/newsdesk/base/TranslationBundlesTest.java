package org.newsdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every interface text exists in every language, so no visitor or editor meets a missing-key marker. */
class TranslationBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"nl", "fr", "de"})
    void everyLanguageHasEveryText(String language) throws IOException {
        var fallback = bundle("translations.properties");
        var translated = bundle("translations_" + language + ".properties");

        assertThat(translated.stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(fallback.stringPropertyNames());
        assertThat(translated.values())
                .allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    /** "1 vues" reads wrong: a count of one (and in French of none) takes the singular. */
    @ParameterizedTest
    @CsvSource({
        "translations.properties, 0, 0 views",
        "translations.properties, 1, 1 view",
        "translations.properties, 1234, '1,234 views'",
        "translations_fr.properties, 0, 0 vue",
        "translations_fr.properties, 1, 1 vue",
        "translations_fr.properties, 2, 2 vues",
        "translations_de.properties, 1, 1 Aufruf",
        "translations_de.properties, 2, 2 Aufrufe",
        "translations_nl.properties, 1, 1 keer bekeken"
    })
    void aViewCountAgreesWithItsNumber(String file, long views, String expected) throws IOException {
        var shown = String.format(Locale.ENGLISH, "%,d", views);

        assertThat(new MessageFormat(bundle(file).getProperty("article.views")).format(new Object[] {shown, views}))
                .isEqualTo(expected);
    }

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var in = TranslationBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
