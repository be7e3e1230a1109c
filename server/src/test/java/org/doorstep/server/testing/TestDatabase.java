package org.doorstep.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/** Configuration for a fresh, empty database: a new SQLite file, or a new database on the test PostgreSQL cluster. */
public enum TestDatabase {
    SQLITE, POSTGRESQL;

    public Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        try {
            properties.put("doorstep.database.path",
                    Files.createTempDirectory("doorstep-test").resolve("doorstep.db").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (this == POSTGRESQL) {
            properties.put("datasources.default.url", PostgresCluster.shared().newDatabase());
            properties.put("datasources.default.username", "doorstep");
            properties.put("datasources.default.password", "");
            properties.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        }
        return properties;
    }
}
