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
import java.sql.SQLException;
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
    private static final String WAITING_1 = "1b4e28ba-2fa1-11d2-883f-0016d3cca427";
    private static final String WAITING_2 = "6fa459ea-ee8a-3ca4-894e-db77e160355e";
    private static final String SENT = "9c5b94b1-35ad-49bb-b118-8e8fc24abf80";
    private static final String OP_1 = "0d0c5c1e-7f0a-4b8e-9c53-6a4a0c4d1f01";
    private static final String OP_2 = "0d0c5c1e-7f0a-4b8e-9c53-6a4a0c4d1f02";

    @TempDir
    Path dataDir;

    @Test
    void unsentVisitsOutboxSignInAndDeviceIdAreMovedAndTheOldFileKeptUntilDeleted() throws Exception {
        writeVersion2File(dataDir.resolve(LegacyMigration.FILE_NAME));

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
        writeVersion2File(dataDir.resolve(LegacyMigration.FILE_NAME));
        Files.writeString(dataDir.resolve(LocalDatabase.FILE_NAME + LegacyMigration.PART_SUFFIX), "half written");

        try (LocalDatabase database = LocalDatabase.open(dataDir, TestKeys.fixed())) {
            assertEquals(2, new SqliteVisitStore(database).countWaiting());
        }
        assertFalse(Files.exists(dataDir.resolve(LocalDatabase.FILE_NAME + LegacyMigration.PART_SUFFIX)));
    }

    @Test
    void anOldFileThatCannotBeMovedIsLeftAsItWas() throws Exception {
        Path legacy = dataDir.resolve(LegacyMigration.FILE_NAME);
        writeVersion2File(legacy);
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

    /** The file as version 2 of the app left it: WAL journal, two unsent visits, one sent, a sign-in. */
    static void writeVersion2File(Path file) throws SQLException {
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = plain.createStatement()) {
            try (Statement pragma = plain.createStatement()) {
                pragma.execute("PRAGMA journal_mode = WAL");
            }
            Schema.migrate(plain, 2);
            statement.execute("INSERT INTO visits (id, child_id, occurred_at, recorded_at, seen, seen_alone, "
                    + "not_alone_reason, notes, state) VALUES ('" + WAITING_1 + "', 'C-1001', '2026-06-02T10:15+01:00', "
                    + "'2026-06-02T10:55+01:00', 1, 0, 'Foster carer stayed', "
                    + "'Saw Ava in her bedroom; she asked about contact.', 'waiting')");
            statement.execute("INSERT INTO visits (id, child_id, occurred_at, recorded_at, seen, state) VALUES ('"
                    + WAITING_2 + "', 'C-1001', '2026-06-03T16:00Z', '2026-06-03T16:05Z', 0, 'waiting')");
            statement.execute("INSERT INTO visits (id, child_id, occurred_at, recorded_at, seen, seen_alone, state, "
                    + "server_version) VALUES ('" + SENT + "', 'C-1001', '2026-05-01T09:00Z', '2026-05-01T09:30Z', 1, 1, "
                    + "'sent', 1)");
            statement.execute("INSERT INTO outbox (operation_id, visit_id, created_at) VALUES ('" + OP_1 + "', '"
                    + WAITING_1 + "', '2026-06-02T09:55:00Z')");
            statement.execute("INSERT INTO outbox (operation_id, visit_id, created_at) VALUES ('" + OP_2 + "', '"
                    + WAITING_2 + "', '2026-06-03T16:05:00Z')");
            statement.execute("INSERT INTO children (id, display_name) VALUES ('C-1001', 'Ava Example')");
            statement.execute("INSERT INTO device (key, value) VALUES ('device_id', 'device-from-version-2')");
            statement.execute("INSERT INTO session (id, user_id, username, display_name, roles, refresh_token, "
                    + "signed_in_at) VALUES (1, 'U-SAM', 'sam.worker', 'Sam Worker', 'social_worker', "
                    + "'refresh-from-version-2', '2026-11-20T09:00:00Z')");
            assertEquals(2, Schema.userVersion(plain));
        }
    }
}
