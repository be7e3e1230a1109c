package org.doorstep.mobile.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.doorstep.protocol.auth.SignedInUser;
import org.doorstep.protocol.visit.ChildSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The previous app version's unencrypted file (schema version 2: visits, outbox, children, device,
 * session) with unsent visits, moved into the encrypted store.
 */
class LegacyMigrationTest {
    private static final String WAITING_1 = LegacyFiles.WAITING_1;
    private static final String WAITING_2 = LegacyFiles.WAITING_2;
    private static final String SENT = LegacyFiles.SENT;
    private static final String OP_1 = LegacyFiles.OP_1;
    private static final String OP_2 = LegacyFiles.OP_2;

    @TempDir
    Path dataDir;

    @Test
    void unsentVisitsOutboxSignInAndDeviceIdAreMovedAndTheOldFileKeptUntilDeleted() throws Exception {
        LegacyFiles.writeVersion2File(dataDir.resolve(LegacyMigration.FILE_NAME));

        try (LocalDatabase database = LocalDatabase.open(dataDir, TestKeys.fixed())) {
            VisitStore visits = new SqliteVisitStore(database);
            assertEquals(2, visits.countWaiting());
            assertEquals(List.of(UUID.fromString(WAITING_1), UUID.fromString(WAITING_2)),
                    visits.outbox().stream().map(entry -> entry.visit().id()).toList());
            assertEquals(List.of(UUID.fromString(OP_1), UUID.fromString(OP_2)),
                    visits.outbox().stream().map(OutboxEntry::operationId).toList(), "the same operation ids");
            LocalVisit waiting = visits.find(UUID.fromString(WAITING_1)).orElseThrow();
            assertEquals("Saw Ava in her bedroom; she asked about contact.", waiting.visit().notes());
            assertEquals("+01:00", waiting.visit().occurredAt().getOffset().getId());
            assertEquals(false, waiting.visit().seenAlone());
            assertEquals("Foster carer stayed", waiting.visit().notAloneReason());
            LocalVisit sent = visits.find(UUID.fromString(SENT)).orElseThrow();
            assertEquals(SyncState.SENT, sent.state());
            assertEquals(1, sent.serverVersion());
            assertEquals("device-from-version-2", database.deviceId());
            assertEquals(Optional.of(new StoredSession(new SignedInUser("U-SAM", "sam.worker", "Sam Worker",
                    List.of("social_worker")), "refresh-from-version-2", Instant.parse("2026-11-20T09:00:00Z"))),
                    new SqliteSessionStore(database).load());
            assertEquals(List.of(new ChildSummary("C-1001", "Ava Example")), new ChildStore(database).list());
            assertEquals(Schema.latestVersion(), (int) database.inTransaction(Schema::userVersion));

            // A new visit after the move gets the next place in the outbox.
            visits.save(Visits.notSeen("C-1001"));
            assertEquals(3, visits.outbox().size());
        }

        assertTrue(LegacyMigration.present(dataDir), "the old file stays until the key is stored");
        assertFalse(Files.exists(dataDir.resolve(LocalDatabase.FILE_NAME + LegacyMigration.PART_SUFFIX)));
        String encrypted = new String(Files.readAllBytes(dataDir.resolve(LocalDatabase.FILE_NAME)), StandardCharsets.ISO_8859_1);
        assertFalse(encrypted.contains("Saw Ava"), "the encrypted file holds no note in clear");

        LegacyMigration.deleteLegacy(dataDir);

        assertFalse(LegacyMigration.present(dataDir));
        try (var files = Files.list(dataDir)) {
            assertEquals(List.of(), files.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith(LegacyMigration.FILE_NAME)).toList(), "no -wal or -shm left either");
        }
        try (LocalDatabase reopened = LocalDatabase.open(dataDir, TestKeys.fixed())) {
            assertEquals(3, new SqliteVisitStore(reopened).countWaiting(), "opened again from the encrypted file alone");
        }
    }

    @Test
    void aHalfBuiltCopyLeftByAKilledAppIsThrownAwayAndTheMoveRunsAgain() throws Exception {
        LegacyFiles.writeVersion2File(dataDir.resolve(LegacyMigration.FILE_NAME));
        Files.writeString(dataDir.resolve(LocalDatabase.FILE_NAME + LegacyMigration.PART_SUFFIX), "half written");

        try (LocalDatabase database = LocalDatabase.open(dataDir, TestKeys.fixed())) {
            assertEquals(2, new SqliteVisitStore(database).countWaiting());
        }
        assertFalse(Files.exists(dataDir.resolve(LocalDatabase.FILE_NAME + LegacyMigration.PART_SUFFIX)));
    }

    @Test
    void anOldFileThatCannotBeMovedIsLeftAsItWas() throws Exception {
        Path legacy = dataDir.resolve(LegacyMigration.FILE_NAME);
        LegacyFiles.writeVersion2File(legacy);
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + legacy);
             Statement statement = plain.createStatement()) {
            statement.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(legacy);

        StoreException refused = assertThrows(StoreException.class, () -> LocalDatabase.open(dataDir, TestKeys.fixed()));

        assertTrue(refused.getMessage().contains("newer version of Doorstep (schema 99"), refused.getMessage());
        assertFalse(Files.exists(dataDir.resolve(LocalDatabase.FILE_NAME)));
        assertFalse(Files.exists(dataDir.resolve(LocalDatabase.FILE_NAME + LegacyMigration.PART_SUFFIX)));
        assertArrayEquals(before, Files.readAllBytes(legacy), "the old file is not touched");
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + legacy);
             Statement statement = plain.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM outbox")) {
            rows.next();
            assertEquals(2, rows.getInt(1), "the unsent visits are still in the old file");
        }
    }
}
