package org.newsdesk.base.db;

import java.util.HashMap;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.newsdesk.base.NewsdeskProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Hands the site's time zone to the migrations as the placeholder {@code timezone}: V10 reads the local times
 * stored before it as that zone's, whatever zone the JVM that runs the upgrade is in.
 */
@Component
class SiteTimeZoneForMigrations implements FlywayConfigurationCustomizer {

    private final NewsdeskProperties settings;

    SiteTimeZoneForMigrations(NewsdeskProperties settings) {
        this.settings = settings;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        var placeholders = new HashMap<>(configuration.getPlaceholders());
        placeholders.put("timezone", settings.timeZone().getId());
        configuration.placeholders(placeholders);
    }
}
