package org.newsdesk.base.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded MariaDB.
 *
 * @param dataDir where the data lives between restarts; blank means a temporary folder removed on exit
 * @param port    TCP port; 0 picks a free one
 * @param database name of the schema the application uses
 */
@ConfigurationProperties("newsdesk.embedded-db")
record EmbeddedMariaDbProperties(String dataDir, int port, String database) {

    EmbeddedMariaDbProperties {
        dataDir = dataDir == null ? "" : dataDir.strip();
        database = database == null || database.isBlank() ? "newsdesk" : database;
    }
}
