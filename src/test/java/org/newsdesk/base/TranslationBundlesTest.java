package org.newsdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
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

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var in = TranslationBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
