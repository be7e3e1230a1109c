package org.doorstep.server.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteBackupTest {
    @TempDir
    Path folder;

    private Path database() throws Exception {
        Path database = folder.resolve("live.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database + "?journal_mode=WAL");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE child (id TEXT PRIMARY KEY)");
            statement.execute("CREATE TABLE visit (id TEXT PRIMARY KEY)");
            statement.execute("CREATE TABLE sync_counter (id INTEGER PRIMARY KEY, value INTEGER)");
            statement.execute("INSERT INTO child VALUES ('C-1'), ('C-2')");
            statement.execute("INSERT INTO visit VALUES ('v1'), ('v2'), ('v3')");
            statement.execute("INSERT INTO sync_counter VALUES (1, 42)");
        }
        return database;
    }

    @Test
    void aBackupHoldsTheRowsAndRestoresAsANewDatabase() throws Exception {
        Path copy = folder.resolve("copies/backup.db");
        assertEquals(new SqliteBackup.Summary(3, 2, 42), SqliteBackup.backup(database(), copy));
        assertFalse(Files.exists(folder.resolve("copies/backup.db.partial")));
        // Change numbers go on far above the backup's, past any cursor a device took after the backup.
        assertEquals(new SqliteBackup.Summary(3, 2, 1_000_000_042L), SqliteBackup.restore(copy, folder.resolve("new/doorstep.db")));
        assertEquals(new SqliteBackup.Summary(3, 2, 42), SqliteBackup.backup(copy, folder.resolve("again.db")), "the backup is unchanged");
    }

    @Test
    void aBackupNeverOverwritesAFile() throws Exception {
        Path existing = Files.writeString(folder.resolve("existing.db"), "keep me");
        SqliteBackup.BackupException refused = assertThrows(SqliteBackup.BackupException.class,
                () -> SqliteBackup.backup(database(), existing));
        assertEquals(existing + " already exists; choose a new file (nothing is overwritten)", refused.getMessage());
        assertEquals("keep me", Files.readString(existing));
    }

    @Test
    void aRestoreRefusesAStaleWalBesideTheTarget() throws Exception {
        Path copy = folder.resolve("backup.db");
        SqliteBackup.backup(database(), copy);
        Path target = folder.resolve("restored.db");
        Files.writeString(folder.resolve("restored.db-wal"), "old frames");
        SqliteBackup.BackupException refused = assertThrows(SqliteBackup.BackupException.class,
                () -> SqliteBackup.restore(copy, target));
        assertEquals(folder.resolve("restored.db-wal") + " exists: move it away with the old database first", refused.getMessage());
        assertFalse(Files.exists(target));
    }

    @Test
    void aMissingDatabaseIsSaidPlainly() {
        SqliteBackup.BackupException refused = assertThrows(SqliteBackup.BackupException.class,
                () -> SqliteBackup.backup(folder.resolve("none.db"), folder.resolve("b.db")));
        assertEquals("There is no database at " + folder.resolve("none.db"), refused.getMessage());
    }

    @Test
    void aPostgresqlConfigurationIsSentToPgDump() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = BackupCommand.run("backup", List.of("x.db"),
                Map.of("datasources.default.url", "jdbc:postgresql://db.example:5432/doorstep"),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertEquals(2, status);
        assertEquals("The server is configured for jdbc:postgresql://db.example:5432/doorstep, not a SQLite file: back up"
                + " PostgreSQL with pg_dump and restore with pg_restore (docs/OPERATIONS.md)", err.toString().trim());
    }

    @Test
    void theCommandBacksUpTheConfiguredFile() throws Exception {
        Path database = database();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = BackupCommand.run("backup", List.of(folder.resolve("b.db").toString()),
                Map.of("doorstep.database.path", database.toString()), new PrintStream(out), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, status);
        assertEquals("Backed up " + database + " to " + folder.resolve("b.db")
                + ": 3 visit versions, 2 children, change number 42, integrity ok", out.toString().trim());
    }
}
