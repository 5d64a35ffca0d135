package org.newsdesk.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.ScratchSchema;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * V9 and V10 on a database of their own, filled as the application filled it before them: local times of the
 * site's zone in TIMESTAMP columns. Afterwards they are UTC in DATETIME columns, summer time included.
 */
@SpringBootTest
class TimesInUtcMigrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    Flyway applicationFlyway;

    private ScratchSchema scratch;
    private DSLContext sql;

    @BeforeEach
    void createDatabaseAtVersion8() {
        scratch = ScratchSchema.create(dataSource, "v10");
        sql = scratch.sql();
        flyway("8").migrate();
    }

    @AfterEach
    void dropDatabase() {
        scratch.close();
    }

    @Test
    void storedLocalTimesOfTheSitesZoneBecomeUtc() {
        sql.execute("INSERT INTO user_account (id, username, display_name, password_hash, locked_until, created_at)"
                + " VALUES (1, 'eva', 'Eva', 'x', '2027-01-15 09:00:00', '2026-07-01 12:00:00')");
        sql.execute("INSERT INTO article (id, publication_date, created_at, updated_at)"
                + " VALUES (1, '2027-01-15', '2026-12-01 10:00:00', '2026-12-01 10:00:00')");
        sql.execute("INSERT INTO article_translation (article_id, lang, title, slug, body, status, publish_at)"
                + " VALUES (1, 'nl', 'Winter', 'winter', '', 'SCHEDULED', '2027-01-15 09:00:00'),"
                + " (1, 'fr', 'Été', 'ete', '', 'SCHEDULED', '2027-07-15 09:00:00')");
        sql.execute("INSERT INTO article_presence VALUES (1, 'tab', 'eva', '2026-12-01 10:00:00')");

        flyway(null).migrate();

        assertThat(text("SELECT CAST(publish_at AS CHAR) FROM article_translation WHERE lang = 'nl'"))
                .isEqualTo("2027-01-15 08:00:00.000");
        assertThat(text("SELECT CAST(publish_at AS CHAR) FROM article_translation WHERE lang = 'fr'"))
                .isEqualTo("2027-07-15 07:00:00.000");
        assertThat(text("SELECT CAST(locked_until AS CHAR) FROM user_account")).isEqualTo("2027-01-15 08:00:00.000");
        assertThat(text("SELECT CAST(created_at AS CHAR) FROM user_account")).isEqualTo("2026-07-01 10:00:00.000");
        assertThat(text("SELECT CAST(created_at AS CHAR) FROM article")).isEqualTo("2026-12-01 09:00:00.000");
        assertThat(sql.fetchCount(DSL.table("article_presence"))).isZero();
    }

    @Test
    void momentsAreDatetimesWhoseDefaultsAreUtc() {
        flyway(null).migrate();

        // Every moment is a DATETIME holding UTC, also in tables added after V9; Flyway's own history keeps its
        // TIMESTAMP.
        assertThat(sql.fetch(
                                "SELECT DATA_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?"
                                        + " AND TABLE_NAME <> 'flyway_schema_history' AND DATA_TYPE IN ('datetime', 'timestamp')",
                                scratch.name())
                        .getValues(0, String.class))
                .isNotEmpty()
                .containsOnly("datetime");
        sql.execute("INSERT INTO theme () VALUES ()");
        assertThat(sql.fetchOne("SELECT ABS(TIMESTAMPDIFF(SECOND, created_at, UTC_TIMESTAMP())) FROM theme")
                        .get(0, Long.class))
                .isLessThan(60);
    }

    /** The application's Flyway set-up (newsdesk.time-zone included) on the scratch database, without the demo. */
    private Flyway flyway(@Nullable String target) {
        var configuration = Flyway.configure()
                .configuration(applicationFlyway.getConfiguration())
                .dataSource(scratch.dataSource())
                .locations("classpath:db/migration");
        return (target == null ? configuration.target("latest") : configuration.target(target)).load();
    }

    private String text(String query) {
        return sql.fetchOne(query).get(0, String.class);
    }
}
