package org.newsdesk.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * A database of its own for one benchmark run on the local MariaDB server, dropped when closed, so that a run
 * never touches development data and leaves nothing behind. Without a reachable server it falls back to a
 * throw-away embedded MariaDB where the benchmark allows it. The server is BENCH_MARIADB_URL (default
 * jdbc:mariadb://127.0.0.1:3306/) with BENCH_MARIADB_USER (root) and BENCH_MARIADB_PASSWORD (empty).
 */
final class ScratchDatabase implements AutoCloseable {

    private static final String SERVER = env("BENCH_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/");
    private static final String USER = env("BENCH_MARIADB_USER", "root");
    private static final String PASSWORD = env("BENCH_MARIADB_PASSWORD", "");

    private final Optional<String> name;

    private ScratchDatabase(Optional<String> name) {
        this.name = name;
    }

    /** On the local server when it answers, else embedded. */
    static ScratchDatabase create(String purpose) {
        try {
            return onLocalServer(purpose);
        } catch (SQLException unreachable) {
            return new ScratchDatabase(Optional.empty());
        }
    }

    static ScratchDatabase onLocalServer(String purpose) throws SQLException {
        var name = "newsdesk_bench_" + purpose + "_" + ProcessHandle.current().pid();
        execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return new ScratchDatabase(Optional.of(name));
    }

    /** Spring Boot arguments that point the application at this database. */
    List<String> applicationArguments() {
        return name.map(database -> List.of(
                        "--spring.datasource.url=" + SERVER + database,
                        "--spring.datasource.username=" + USER,
                        "--spring.datasource.password=" + PASSWORD))
                // An empty data directory makes the embedded MariaDB a temporary one, removed on exit.
                .orElse(List.of("--newsdesk.embedded-db.data-dir="));
    }

    /** A connection to this database on the local server, for a benchmark that adds or counts rows itself. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(SERVER + name.orElseThrow(), USER, PASSWORD);
    }

    String description() {
        return name.map(database -> "database " + database + " on " + SERVER + " (dropped afterwards)")
                .orElse("a throw-away embedded MariaDB (no server answered at " + SERVER + ")");
    }

    @Override
    public void close() throws SQLException {
        if (name.isPresent()) {
            execute("DROP DATABASE IF EXISTS " + name.get());
        }
    }

    private static void execute(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(SERVER + "?connectTimeout=3000", USER, PASSWORD);
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
