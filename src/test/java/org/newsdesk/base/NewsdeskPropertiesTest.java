package org.newsdesk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Newsdesk's settings are bound as Spring Boot binds them at start-up: defaults, and refusals that name the setting. */
class NewsdeskPropertiesTest {

    @Test
    void withNothingConfiguredEverySettingHasItsDocumentedDefault() {
        var settings = bind(Map.of());

        assertThat(settings.publicUrl()).isEmpty();
        assertThat(settings.admin().username()).isEmpty();
        assertThat(settings.counting().flushInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.publishing().checkInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.editing().presenceInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.search().startUpIndexingLimit()).isEqualTo(2000);
        assertThat(settings.anonymousSession().grace()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.anonymousSession().idleTimeout()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void configuredValuesReplaceTheDefaults() {
        var settings = bind(Map.of(
                "newsdesk.publishing.check-interval",
                "2s",
                "newsdesk.admin.username",
                " eva ",
                "newsdesk.anonymous-session.idle-timeout",
                "6s"));

        assertThat(settings.publishing().checkInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.admin().username()).isEqualTo("eva");
        assertThat(settings.anonymousSession().idleTimeout()).isEqualTo(Duration.ofSeconds(6));
        assertThat(settings.anonymousSession().grace()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aZeroIntervalOrANegativeLimitIsRefusedWithTheSettingsName() {
        assertThatThrownBy(() -> bind(Map.of("newsdesk.counting.flush-interval", "0s")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("newsdesk.counting.flush-interval must be a positive duration");
        assertThatThrownBy(() -> bind(Map.of("newsdesk.search.start-up-indexing-limit", "-1")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("newsdesk.search.start-up-indexing-limit must not be negative");
    }

    private static NewsdeskProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("newsdesk", NewsdeskProperties.class);
    }
}
