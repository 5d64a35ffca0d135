package org.newsdesk;

import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * A database of one test's own on the server of the tests' database (embedded or not), for what the shared
 * database cannot show: migrations from an older version, or an application started on a fresh database. Named
 * after the test run, so that builds sharing a server do not meet; dropped on {@link #close()}.
 */
public final class ScratchSchema implements AutoCloseable {

    private final DataSource server;
    private final String name;
    private final HikariDataSource dataSource;

    private ScratchSchema(DataSource server, String name, HikariDataSource dataSource) {
        this.server = server;
        this.name = name;
        this.dataSource = dataSource;
    }

    /** @param server the tests' database; the new one lives next to it, with the same credentials */
    public static ScratchSchema create(DataSource server, String purpose) {
        var name = "newsdesk_" + purpose + "_test_" + ProcessHandle.current().pid();
        DSL.using(server, SQLDialect.MARIADB)
                .execute("CREATE OR REPLACE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        var serverPool = (HikariDataSource) server;
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(serverPool.getJdbcUrl().replaceFirst("(//[^/]+/)[^?]*", "$1" + name));
        dataSource.setUsername(serverPool.getUsername());
        dataSource.setPassword(Objects.toString(serverPool.getPassword(), ""));
        return new ScratchSchema(server, name, dataSource);
    }

    public String name() {
        return name;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public DSLContext sql() {
        return DSL.using(dataSource, SQLDialect.MARIADB);
    }

    /** Spring Boot arguments that point an application at this database; they outrank the environment. */
    public List<String> applicationArguments() {
        return List.of(
                "--spring.datasource.url=" + dataSource.getJdbcUrl(),
                "--spring.datasource.username=" + dataSource.getUsername(),
                "--spring.datasource.password=" + dataSource.getPassword());
    }

    @Override
    public void close() {
        dataSource.close();
        DSL.using(server, SQLDialect.MARIADB).execute("DROP DATABASE IF EXISTS " + name);
    }
}
