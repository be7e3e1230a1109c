package org.doorstep.mobile.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.push.MutationResult;
import org.doorstep.protocol.visit.Visit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VisitStoreTest {
    @TempDir
    Path dataDir;
    LocalDatabase database;
    VisitStore store;

    @BeforeEach
    void open() {
        database = LocalDatabase.open(dataDir);
        store = new VisitStore(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void savedVisitIsWaitingAndInTheOutboxWithAllItsFields() {
        Visit visit = Visits.seenNotAlone("C-1001");

        LocalVisit saved = store.save(visit);

        assertEquals(SyncState.WAITING, saved.state());
        LocalVisit read = store.find(visit.id()).orElseThrow();
        assertEquals(visit, read.visit());
        assertEquals("+01:00", read.visit().occurredAt().getOffset().getId());
        assertEquals(SyncState.WAITING, read.state());
        assertNull(read.serverVersion());
        List<OutboxEntry> outbox = store.outbox();
        assertEquals(1, outbox.size());
        assertEquals(visit, outbox.get(0).visit());
        assertEquals(1, store.countWaiting());
    }

    @Test
    void visitNotSeenKeepsSeenAloneAbsent() {
        Visit visit = Visits.notSeen("C-1002");
        store.save(visit);
        Visit read = store.find(visit.id()).orElseThrow().visit();
        assertEquals(false, read.seen());
        assertNull(read.seenAlone());
    }

    @Test
    void visitAndOutboxEntryAreOneTransaction() {
        UUID reused = UUID.randomUUID();
        VisitStore sameOperationId = new VisitStore(database, () -> reused, Clock.systemUTC());
        Visit first = Visits.seenNotAlone("C-1001");
        Visit second = Visits.seenNotAlone("C-1002");
        sameOperationId.save(first);

        // The second outbox insert breaks the unique operation id, after its visit row was inserted.
        assertThrows(StoreException.class, () -> sameOperationId.save(second));

        assertTrue(store.find(second.id()).isEmpty(), "the visit must be rolled back with its outbox entry");
        assertEquals(List.of(first.id()), store.list().stream().map(v -> v.visit().id()).toList());
        assertEquals(1, store.outbox().size());
    }

    @Test
    void savingTheSameVisitTwiceIsRefusedAndKeepsOneOutboxEntry() {
        Visit visit = Visits.seenNotAlone("C-1001");
        store.save(visit);
        assertThrows(StoreException.class, () -> store.save(visit));
        assertEquals(1, store.outbox().size());
    }

    @Test
    void reopenedFileStillHoldsVisitsOutboxAndDeviceId() {
        Visit visit = Visits.seenNotAlone("C-1003");
        store.save(visit);
        UUID operationId = store.outbox().get(0).operationId();
        String deviceId = database.deviceId();
        database.close();

        database = LocalDatabase.open(dataDir);
        store = new VisitStore(database);

        assertEquals(visit, store.find(visit.id()).orElseThrow().visit());
        assertEquals(operationId, store.outbox().get(0).operationId());
        assertEquals(deviceId, database.deviceId());
    }

    @Test
    void acknowledgedVisitIsSentAndLeavesTheOutbox() {
        Visit applied = Visits.seenNotAlone("C-1001");
        Visit duplicate = Visits.notSeen("C-1002");
        store.save(applied);
        store.save(duplicate);
        List<OutboxEntry> outbox = store.outbox();

        store.applyResults(List.of(
                MutationResult.applied(outbox.get(0).operationId(), applied.id(), 1),
                MutationResult.duplicate(outbox.get(1).operationId(), duplicate.id(), 1)));

        assertEquals(SyncState.SENT, store.find(applied.id()).orElseThrow().state());
        assertEquals(1, store.find(applied.id()).orElseThrow().serverVersion());
        assertEquals(SyncState.SENT, store.find(duplicate.id()).orElseThrow().state());
        assertEquals(List.of(), store.outbox());
        assertEquals(0, store.countWaiting());
    }

    @Test
    void rejectedVisitKeepsTheServersReasonAndLeavesTheOutbox() {
        Visit visit = Visits.seenNotAlone("C-9999");
        store.save(visit);
        UUID operationId = store.outbox().get(0).operationId();

        store.applyResults(List.of(MutationResult.rejected(operationId, visit.id(),
                ApiError.onField(ErrorCode.UNKNOWN_CHILD, "visit.childId", "No child with id C-9999 is in your caseload"))));

        LocalVisit read = store.find(visit.id()).orElseThrow();
        assertEquals(SyncState.REJECTED, read.state());
        assertEquals(new Rejection("unknown_child", "No child with id C-9999 is in your caseload", "visit.childId"),
                read.rejection());
        assertEquals(List.of(), store.outbox());
    }

    @Test
    void conflictKeepsTheVisitWaitingWithANote() {
        Visit visit = Visits.seenNotAlone("C-1001");
        store.save(visit);
        UUID operationId = store.outbox().get(0).operationId();

        store.applyResults(List.of(new MutationResult(operationId, visit.id(), MutationResult.Outcome.CONFLICT, 2,
                ApiError.onField(ErrorCode.STALE_VERSION, "baseVersion", "The record was changed on the server"), null)));

        LocalVisit read = store.find(visit.id()).orElseThrow();
        assertEquals(SyncState.WAITING, read.state());
        assertEquals("The record was changed on the server", read.note());
        assertEquals(1, store.outbox().size());
    }

    @Test
    void schemaIsAtTheLatestVersion() throws Exception {
        int version = database.inTransaction(Schema::userVersion);
        assertEquals(Schema.latestVersion(), version);
    }
}
