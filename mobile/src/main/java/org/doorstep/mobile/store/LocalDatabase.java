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
import java.util.Arrays;
import java.util.Properties;
import java.util.UUID;
import org.sqlite.mc.SQLiteMCSqlCipherConfig;

/**
 * The encrypted SQLite file on the device, {@value #FILE_NAME} in the app's data directory. One connection,
 * shared by the UI and the sync thread and used by one of them at a time; WAL journal and
 * {@code synchronous=FULL}, because a saved visit must survive the battery running out a second later.
 *
 * <p>Encrypted with SQLite3MultipleCiphers in SQLCipher 4 format: the {@link DataKey} is given at connect
 * time as a raw 256-bit key (no key derivation on open: the key is random, not a password). Opening the
 * file with no key or another key fails with {@code SQLITE_NOTADB}. The first open on a device that holds
 * the previous app version's unencrypted {@value LegacyMigration#FILE_NAME} copies it in first (see
 * {@link LegacyMigration}). {@link #close()} is how the app locks: the connection, and with it the driver's
 * copy of the key, is gone; every later use says the app is locked.
 */
public final class LocalDatabase implements AutoCloseable {
    public static final String FILE_NAME = "doorstep-encrypted.db";
    /** SQLite's result code for a file that is not a database: what a missing or wrong key gives. */
    static final int SQLITE_NOTADB = 26;

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path file;
    private final Connection connection;
    private boolean closed;

    private LocalDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens (creating if need be) the encrypted database in {@code dataDirectory} with {@code key} and brings
     * its schema up to date; first migrates the unencrypted file of the previous app version if it is there
     * and the encrypted one is not.
     *
     * @throws StoreException when the file cannot be opened with this key, or is damaged, or from a newer app
     */
    public static LocalDatabase open(Path dataDirectory, DataKey key) {
        Path file = dataDirectory.resolve(FILE_NAME);
        Connection connection = null;
        try {
            Files.createDirectories(dataDirectory);
            if (!Files.exists(file) && LegacyMigration.present(dataDirectory)) {
                LegacyMigration.migrate(dataDirectory, key);
            }
            connection = connect(file, key);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("PRAGMA synchronous = FULL");
                statement.execute("PRAGMA foreign_keys = ON");
                statement.execute("PRAGMA busy_timeout = 5000");
            }
            Schema.migrate(connection);
            return new LocalDatabase(file, connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            if (e.getErrorCode() == SQLITE_NOTADB) {
                throw new StoreException("The device database " + file + " cannot be read with this key: it was "
                        + "written with another key, or it is damaged", e);
            }
            throw new StoreException("Cannot open the device database " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            closeQuietly(connection);
            throw new StoreException("Cannot open the device database " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** A connection to the encrypted {@code file} (SQLCipher 4 format, raw key), nothing else set. */
    static Connection connect(Path file, DataKey key) throws SQLException {
        byte[] raw = key.bytes();
        try {
            Properties properties = SQLiteMCSqlCipherConfig.getV4Defaults().withRawUnsaltedKey(raw).build().toProperties();
            return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), properties);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** Whether the connection is open (false once the app locked). */
    public synchronized boolean isOpen() {
        return !closed;
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} in one transaction: all of it is kept, or none of it. */
    public synchronized <T> T inTransaction(Work<T> work) {
        if (closed) {
            throw new StoreException("The app is locked: unlock it to read or write its records");
        }
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
        if (closed) {
            return;
        }
        closed = true;
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
