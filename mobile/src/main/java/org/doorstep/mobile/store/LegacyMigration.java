package org.doorstep.mobile.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves the previous app version's unencrypted database ({@value #FILE_NAME}) into the encrypted one,
 * never losing a record:
 * <ol>
 *   <li>a new encrypted file {@value #PART_SUFFIX} is built with the schema steps up to the old file's
 *       version, and every table is copied into it from the old file (attached read as plain SQLite) in one
 *       transaction;</li>
 *   <li>it is verified: every table has the same rows in both files (row for row, every column), the
 *       foreign keys hold and SQLite's integrity check passes;</li>
 *   <li>only then is it renamed to {@value LocalDatabase#FILE_NAME} (an atomic rename). The old file stays
 *       until the caller has stored the key that opens the new one and calls {@link #deleteLegacy}.</li>
 * </ol>
 * If the app is killed part way, the half-built file is thrown away at the next start and the migration
 * runs again from the untouched old file.
 */
public final class LegacyMigration {
    /** The unencrypted database of app versions before the encrypted store. */
    public static final String FILE_NAME = "doorstep.db";
    static final String PART_SUFFIX = ".part";
    private static final List<String> SIDE_FILES = List.of("", "-wal", "-shm", "-journal");

    private LegacyMigration() {
    }

    /** Whether the previous version's unencrypted database is in {@code dataDirectory}. */
    public static boolean present(Path dataDirectory) {
        return Files.exists(dataDirectory.resolve(FILE_NAME));
    }

    /**
     * Builds and verifies the encrypted database from the unencrypted one, encrypted with {@code key}. The
     * unencrypted file is left as it was.
     *
     * @throws StoreException when the old file cannot be read or the copy does not match it (nothing is
     *                        then kept of the copy)
     */
    static void migrate(Path dataDirectory, DataKey key) {
        Path legacy = dataDirectory.resolve(FILE_NAME);
        Path part = dataDirectory.resolve(LocalDatabase.FILE_NAME + PART_SUFFIX);
        Path target = dataDirectory.resolve(LocalDatabase.FILE_NAME);
        try {
            deleteWithSideFiles(part);
            int version = legacyVersion(legacy);
            try (Connection connection = LocalDatabase.connect(part, key)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA journal_mode = DELETE");
                }
                Schema.migrate(connection, version);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ATTACH DATABASE '" + legacy.toAbsolutePath().toString().replace("'", "''")
                            + "' AS legacy KEY ''");
                }
                try {
                    copy(connection);
                    verify(connection);
                } finally {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("DETACH DATABASE legacy");
                    }
                }
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException | RuntimeException e) {
            try {
                deleteWithSideFiles(part);
            } catch (IOException ignored) {
                // Thrown away again at the next attempt.
            }
            if (e instanceof StoreException store) {
                throw store;
            }
            throw new StoreException("Could not move this device's records into the encrypted store; they are kept "
                    + "unchanged in " + legacy + " and the move is tried again at the next start: " + e.getMessage(), e);
        }
    }

    /** Deletes the unencrypted database, once the encrypted copy and the key that opens it are stored. */
    public static void deleteLegacy(Path dataDirectory) {
        try {
            deleteWithSideFiles(dataDirectory.resolve(FILE_NAME));
        } catch (IOException e) {
            throw new StoreException("Could not delete the unencrypted database of the previous version: "
                    + e.getMessage(), e);
        }
    }

    /** The old file's schema version, read with a plain connection (no key). */
    private static int legacyVersion(Path legacy) throws SQLException {
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + legacy.toAbsolutePath())) {
            int version = Schema.userVersion(plain);
            if (version > Schema.latestVersion()) {
                throw new StoreException("The unencrypted device database was written by a newer version of Doorstep "
                        + "(schema " + version + ", this app knows " + Schema.latestVersion() + "); update the app");
            }
            return version;
        }
    }

    private static void copy(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String table : tables(connection)) {
                statement.executeUpdate("INSERT INTO main.\"" + table + "\" SELECT * FROM legacy.\"" + table + "\"");
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void verify(Connection connection) throws SQLException {
        for (String table : tables(connection)) {
            long legacyRows = count(connection, "SELECT count(*) FROM legacy.\"" + table + "\"");
            long copiedRows = count(connection, "SELECT count(*) FROM main.\"" + table + "\"");
            long missing = count(connection, "SELECT count(*) FROM (SELECT * FROM legacy.\"" + table
                    + "\" EXCEPT SELECT * FROM main.\"" + table + "\")");
            if (legacyRows != copiedRows || missing != 0) {
                throw new StoreException("The encrypted copy of table " + table + " does not match the unencrypted "
                        + "database (" + legacyRows + " rows there, " + copiedRows + " copied, " + missing + " differ)");
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet problems = statement.executeQuery("PRAGMA main.foreign_key_check")) {
            if (problems.next()) {
                throw new StoreException("The encrypted copy breaks a reference in table " + problems.getString(1));
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA main.integrity_check")) {
            String verdict = result.next() ? result.getString(1) : "no answer";
            if (!"ok".equals(verdict)) {
                throw new StoreException("The encrypted copy failed SQLite's integrity check: " + verdict);
            }
        }
    }

    /** The old file's own tables (SQLite's internal ones are kept up by SQLite itself). */
    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT name FROM legacy.sqlite_master "
                + "WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void deleteWithSideFiles(Path database) throws IOException {
        for (String suffix : SIDE_FILES) {
            Files.deleteIfExists(database.resolveSibling(database.getFileName() + suffix));
        }
    }
}
