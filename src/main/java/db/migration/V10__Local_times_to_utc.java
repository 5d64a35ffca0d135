package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Moves the stored moments from local time to UTC, after V9 turned them into DATETIME with the local times the
 * application had written. A Java migration because MariaDB converts between named zones only with its time
 * zone tables loaded, which many servers lack; java.time knows every zone's summer time rules.
 *
 * <p>The local times are taken as the site's zone ({@code newsdesk.time-zone}, handed over as the Flyway
 * placeholder {@code timezone}; Europe/Brussels by default), not as the zone of the JVM that runs the upgrade:
 * editors typed scheduled times in their own zone whatever the server's, and the JVM doing the upgrade need not
 * be the one that wrote the rest. A local time that occurs twice when summer time ends counts as the first.
 */
public class V10__Local_times_to_utc extends BaseJavaMigration {

    private static final String ZONE_PLACEHOLDER = "timezone";
    private static final String DEFAULT_ZONE = "Europe/Brussels";
    private static final int ROWS_PER_ROUND = 5_000;

    /** The moment columns of each table with an id; article_presence was emptied by V9. */
    private static final Map<String, List<String>> COLUMNS = Map.of(
            "user_account", List.of("locked_until", "created_at"),
            "theme", List.of("created_at"),
            "image", List.of("created_at"),
            "article", List.of("created_at", "updated_at"),
            "article_translation", List.of("publish_at", "published_at", "updated_at"),
            "article_revision", List.of("publish_at", "created_at"),
            "audit_event", List.of("occurred_at"));

    @Override
    public void migrate(Context context) throws SQLException {
        var zone = ZoneId.of(context.getConfiguration().getPlaceholders().getOrDefault(ZONE_PLACEHOLDER, DEFAULT_ZONE));
        for (var table : COLUMNS.entrySet()) {
            convert(context.getConnection(), table.getKey(), table.getValue(), zone);
        }
    }

    /** In rounds of ids, so that a long audit trail never sits in memory at once. */
    private static void convert(Connection connection, String table, List<String> columns, ZoneId zone)
            throws SQLException {
        var select = "SELECT id, " + String.join(", ", columns) + " FROM " + table + " WHERE id > ? ORDER BY id LIMIT "
                + ROWS_PER_ROUND;
        var update = "UPDATE " + table + " SET " + String.join(" = ?, ", columns) + " = ? WHERE id = ?";
        try (var reading = connection.prepareStatement(select);
                var writing = connection.prepareStatement(update)) {
            long after = 0;
            while (true) {
                reading.setLong(1, after);
                var rowsRead = 0;
                try (var rows = reading.executeQuery()) {
                    while (rows.next()) {
                        after = rows.getLong(1);
                        rowsRead++;
                        for (int i = 0; i < columns.size(); i++) {
                            writing.setObject(i + 1, utc(rows.getObject(i + 2, LocalDateTime.class), zone));
                        }
                        writing.setLong(columns.size() + 1, after);
                        writing.addBatch();
                    }
                }
                if (rowsRead == 0) {
                    return;
                }
                writing.executeBatch();
            }
        }
    }

    private static LocalDateTime utc(LocalDateTime local, ZoneId zone) {
        return local == null
                ? null
                : local.atZone(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
