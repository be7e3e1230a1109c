package org.doorstep.mobile.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The SQLite file on the device, {@code doorstep.db} in the app's data directory. One connection, shared
 * by the UI and the sync thread and used by one of them at a time; WAL journal and
 * {@code synchronous=FULL}, because a saved visit must survive the battery running out a second later.
 *
 * <p>NOT ENCRYPTED YET (issue #7). The driver is SQLite3MultipleCiphers ({@code io.github.willena:sqlite-jdbc}),
 * which opens SQLCipher files when the key is given at connect time ({@code cipher=sqlcipher&legacy=4&key=...});
 * the key must come from the platform key store, which is that work. Until then the file is
 * protected only by the operating system's app sandbox.
 */
public final class LocalDatabase implements AutoCloseable {
    public static final String FILE_NAME = "doorstep.db";

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path file;
    private final Connection connection;

    private LocalDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if need be) the database in {@code dataDirectory} and brings its schema up to date. */
    public static LocalDatabase open(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        Connection connection = null;
        try {
            Files.createDirectories(dataDirectory);
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("PRAGMA synchronous = FULL");
                statement.execute("PRAGMA foreign_keys = ON");
                statement.execute("PRAGMA busy_timeout = 5000");
            }
            Schema.migrate(connection);
            return new LocalDatabase(file, connection);
        } catch (IOException | SQLException e) {
            closeQuietly(connection);
            throw new StoreException("Cannot open the device database " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} in one transaction: all of it is kept, or none of it. */
    public synchronized <T> T inTransaction(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("The device database failed: " + e.getMessage(), e);
        }
    }

    /** This install's id, made on first use and kept: the server sees it as {@code deviceId}. */
    public String deviceId() {
        return inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT value FROM device WHERE key = 'device_id'");
                 ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    return rows.getString(1);
                }
            }
            String id = UUID.randomUUID().toString();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO device (key, value) VALUES ('device_id', ?)")) {
                insert.setString(1, id);
                insert.executeUpdate();
            }
            return id;
        });
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close the device database: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // The open already failed; that error is the one to report.
            }
        }
    }
}
