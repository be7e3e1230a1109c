package org.doorstep.mobile.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.doorstep.protocol.visit.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.mc.SQLiteMCSqlCipherConfig;

/** The device database file cannot be read without its key, and holds no visit text in clear. */
class EncryptedDatabaseTest {
    private static final String NOTE = "The child said she is frightened of her stepfather's friend";

    @TempDir
    Path dataDir;

    @Test
    void theFileCannotBeReadWithoutTheKeyOrWithAnotherKeyAndHoldsNoNoteInClear() throws Exception {
        DataKey key = DataKey.random(new SecureRandom());
        Visit visit = withNotes(Visits.seenNotAlone("C-1001"), NOTE);
        try (LocalDatabase database = LocalDatabase.open(dataDir, key)) {
            new SqliteVisitStore(database).save(visit);
            // Bytes on disk while the app runs (WAL not yet checkpointed) and after it closed.
            assertNoClearText();
        }
        assertNoClearText();
        Path file = dataDir.resolve(LocalDatabase.FILE_NAME);

        SQLException noKey = assertThrows(SQLException.class, () -> readVisits(file, new Properties()));
        assertEquals(LocalDatabase.SQLITE_NOTADB, noKey.getErrorCode(), noKey.getMessage());
        assertTrue(noKey.getMessage().contains("SQLITE_NOTADB"), noKey.getMessage());

        DataKey other = DataKey.random(new SecureRandom());
        SQLException wrongKey = assertThrows(SQLException.class, () -> readVisits(file,
                SQLiteMCSqlCipherConfig.getV4Defaults().withRawUnsaltedKey(other.bytes()).build().toProperties()));
        assertEquals(LocalDatabase.SQLITE_NOTADB, wrongKey.getErrorCode(), wrongKey.getMessage());

        StoreException refused = assertThrows(StoreException.class, () -> LocalDatabase.open(dataDir, other));
        assertTrue(refused.getMessage().endsWith("cannot be read with this key: it was written with another key, or "
                + "it is damaged"), refused.getMessage());

        try (LocalDatabase reopened = LocalDatabase.open(dataDir, key)) {
            assertEquals(NOTE, new SqliteVisitStore(reopened).find(visit.id()).orElseThrow().visit().notes());
        }
    }

    @Test
    void aClosedDatabaseSaysTheAppIsLocked() {
        LocalDatabase database = LocalDatabase.open(dataDir, TestKeys.fixed());
        database.close();

        assertFalse(database.isOpen());
        StoreException locked = assertThrows(StoreException.class, () -> new SqliteVisitStore(database).list());
        assertEquals("The app is locked: unlock it to read or write its records", locked.getMessage());
        database.close(); // a second close is harmless
    }

    private void assertNoClearText() throws IOException {
        try (var files = Files.list(dataDir)) {
            for (Path path : files.toList()) {
                String bytes = new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains("frightened"), path + " holds the note in clear");
                assertFalse(bytes.contains("C-1001"), path + " holds the child's id in clear");
                assertFalse(bytes.contains("SQLite format 3"), path + " has a plain SQLite header");
            }
        }
    }

    /** Reads the visits table with the same driver, as anyone who copied the file could. */
    private static void readVisits(Path file, Properties properties) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file, properties);
             Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT notes FROM visits").close();
        }
    }

    private static Visit withNotes(Visit visit, String notes) {
        return new Visit(visit.id(), visit.childId(), visit.occurredAt(), visit.recordedAt(), visit.seen(),
                visit.seenAlone(), visit.notAloneReason(), notes);
    }
}
