package org.doorstep.server.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Copies a SQLite database that a server may be using, safely: {@code VACUUM INTO} reads one consistent
 * snapshot inside a read transaction (WAL lets the server go on writing meanwhile), into a file beside the
 * destination that is checked ({@code PRAGMA integrity_check}), synced to disk and only then renamed to the
 * destination. A copy interrupted half-way never carries the destination's name.
 */
final class SqliteBackup {
    private static final String SIDE_SUFFIX = ".partial";
    private static final List<String> SIDE_FILES = List.of("-wal", "-shm", "-journal");
    /**
     * How far a restore moves the change counter on. Devices may hold pull cursors past the backup's last
     * change (they pulled after it was taken); a change made after the restore must be numbered above every
     * such cursor, or those devices would never receive it. Far more than the changes any authority makes
     * between two backups.
     */
    static final long RESTORE_COUNTER_JUMP = 1_000_000_000L;

    private SqliteBackup() {
    }

    /** What a finished copy holds. */
    record Summary(long visits, long children, long lastChange) {
        @Override
        public String toString() {
            return visits + " visit versions, " + children + " children, change number " + lastChange + ", integrity ok";
        }
    }

    /** Backs up the live database {@code source} to the new file {@code destination}. */
    static Summary backup(Path source, Path destination) throws BackupException {
        if (!Files.isRegularFile(source)) {
            throw new BackupException("There is no database at " + source);
        }
        refuseExisting(destination);
        Path partial = destination.resolveSibling(destination.getFileName() + SIDE_SUFFIX);
        try {
            Files.deleteIfExists(partial);
            Files.createDirectories(destination.toAbsolutePath().getParent());
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + source + "?busy_timeout=30000");
                 PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, partial.toString());
                vacuum.execute();
            }
            Summary summary = check(partial);
            settle(partial, destination);
            return summary;
        } catch (SQLException | IOException e) {
            deleteQuietly(partial);
            throw new BackupException("The backup of " + source + " failed: " + e.getMessage());
        }
    }

    /**
     * Puts a copy of {@code backup} in place as the database {@code target}, which must not exist (nor its WAL
     * files), with the change counter moved on by {@link #RESTORE_COUNTER_JUMP}. The backup is not changed.
     */
    static Summary restore(Path backup, Path target) throws BackupException {
        if (!Files.isRegularFile(backup)) {
            throw new BackupException("There is no backup at " + backup);
        }
        refuseExisting(target);
        Path partial = target.resolveSibling(target.getFileName() + SIDE_SUFFIX);
        try {
            check(backup);
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.copy(backup, partial, StandardCopyOption.REPLACE_EXISTING);
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + partial);
                 PreparedStatement jump = connection.prepareStatement("UPDATE sync_counter SET value = value + ? WHERE id = 1")) {
                jump.setLong(1, RESTORE_COUNTER_JUMP);
                jump.executeUpdate();
            }
            Summary summary = check(partial);
            settle(partial, target);
            return summary;
        } catch (SQLException | IOException e) {
            deleteQuietly(partial);
            throw new BackupException("The restore of " + backup + " failed: " + e.getMessage());
        }
    }

    /**
     * A database file, or a stale {@code -wal} beside it, is never overwritten: SQLite would replay an old
     * WAL onto the restored file and corrupt it.
     */
    private static void refuseExisting(Path database) throws BackupException {
        if (Files.exists(database)) {
            throw new BackupException(database + " already exists; choose a new file (nothing is overwritten)");
        }
        for (String suffix : SIDE_FILES) {
            Path side = database.resolveSibling(database.getFileName() + suffix);
            if (Files.exists(side)) {
                throw new BackupException(side + " exists: move it away with the old database first");
            }
        }
    }

    private static Summary check(Path database) throws SQLException, BackupException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("PRAGMA integrity_check")) {
                String first = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(first)) {
                    throw new BackupException(database + " fails PRAGMA integrity_check: " + first);
                }
            }
            return new Summary(count(statement, "SELECT COUNT(*) FROM visit"), count(statement, "SELECT COUNT(*) FROM child"),
                    count(statement, "SELECT value FROM sync_counter WHERE id = 1"));
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Syncs the file, renames it atomically to its name, and syncs the folder so the rename is durable. */
    private static void settle(Path partial, Path destination) throws IOException {
        try (FileChannel file = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            file.force(true);
        }
        Files.move(partial, destination, StandardCopyOption.ATOMIC_MOVE);
        try (FileChannel folder = FileChannel.open(destination.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException notSupported) {
            // Some systems cannot sync a folder; the rename is still atomic.
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The .partial name already says it is not a backup.
        }
    }

    /** A backup or restore that did not happen; the message says why. Nothing was overwritten. */
    static final class BackupException extends Exception {
        BackupException(String message) {
            super(message, null, false, false);
        }
    }
}
