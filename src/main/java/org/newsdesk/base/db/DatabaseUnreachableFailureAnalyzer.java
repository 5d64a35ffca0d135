package org.newsdesk.base.db;

import java.sql.SQLException;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns "the configured database cannot be reached or refuses us" into a short, clear startup message instead
 * of a page of nested bean creation errors.
 */
class DatabaseUnreachableFailureAnalyzer implements FailureAnalyzer {

    private static final String CONNECTION_EXCEPTION = "08";
    private static final String INVALID_AUTHORIZATION = "28";

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                var url = environment.getProperty("spring.datasource.url", "(embedded)");
                if (sql.getSQLState().startsWith(CONNECTION_EXCEPTION)) {
                    return new FailureAnalysis(
                            "Newsdesk cannot reach the database at " + url + ": " + sql.getMessage(),
                            "Check that MariaDB runs and that SPRING_DATASOURCE_URL names its "
                                    + "host, port and database, or leave SPRING_DATASOURCE_URL unset to use the embedded "
                                    + "MariaDB.",
                            sql);
                }
                if (sql.getSQLState().startsWith(INVALID_AUTHORIZATION)) {
                    return new FailureAnalysis(
                            "The database at " + url + " refused Newsdesk's credentials: " + sql.getMessage(),
                            "Check SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.",
                            sql);
                }
            }
        }
        return null;
    }
}
