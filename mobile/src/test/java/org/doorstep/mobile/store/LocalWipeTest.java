package org.doorstep.mobile.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.doorstep.protocol.visit.Visit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a wipe removes from the encrypted database and what it never removes. */
class LocalWipeTest {
    @TempDir
    Path dataDir;
    LocalDatabase database;
    SqliteVisitStore visits;
    SqliteDraftStore drafts;

    @BeforeEach
    void open() {
        database = LocalDatabase.open(dataDir, TestKeys.fixed());
        visits = new SqliteVisitStore(database);
        drafts = new SqliteDraftStore(database, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aRevokedDeviceOrTheNextPersonKeepsNoDraftButKeepsTheUnsentVisit() {
        Visit waiting = visits.save(Visits.seenNotAlone("C-1001")).visit();
        drafts.save("sam.worker/visit:C-1002", "{\"childViews\":\"Wants to stay at school\"}");
        new SyncLog(database).succeeded(Instant.parse("2026-11-20T09:00:00Z"));

        LocalWipe.Result result = new LocalWipe(database).wipeSynced(false, true);

        assertEquals(Optional.empty(), drafts.find("sam.worker/visit:C-1002"));
        assertEquals(Optional.empty(), new SyncLog(database).lastSuccess(), "the last sync no longer describes the device");
        assertEquals(1, result.waitingKept());
        assertEquals(SyncState.WAITING, visits.find(waiting.id()).orElseThrow().state(), "never wipe what is unsent");
    }

    @Test
    void signingOutKeepsThePersonsDrafts() {
        drafts.save("sam.worker/visit:C-1002", "{\"childViews\":\"Wants to stay at school\"}");

        new LocalWipe(database).wipeSynced(true, false);

        assertTrue(drafts.find("sam.worker/visit:C-1002").isPresent());
    }
}
