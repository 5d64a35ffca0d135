package org.newsdesk.base.db;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.jooq.impl.AbstractConverter;
import org.jspecify.annotations.Nullable;

/**
 * A moment as the DATETIME columns store it: its date and time in UTC, so that what is stored does not depend on
 * the zone of the JVM, the database server or the connection. The pom's jOOQ codegen applies it to every
 * DATETIME column; V9__times_in_utc.sql says why DATETIME and not TIMESTAMP.
 */
public final class UtcInstantConverter extends AbstractConverter<LocalDateTime, Instant> {

    public UtcInstantConverter() {
        super(LocalDateTime.class, Instant.class);
    }

    @Override
    public @Nullable Instant from(@Nullable LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    @Override
    public @Nullable LocalDateTime to(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
