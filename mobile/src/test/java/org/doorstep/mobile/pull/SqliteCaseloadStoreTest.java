package org.doorstep.mobile.pull;

import static org.doorstep.mobile.pull.Changes.child;
import static org.doorstep.mobile.pull.Changes.cpPlan;
import static org.doorstep.mobile.pull.Changes.policy;
import static org.doorstep.mobile.pull.Changes.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.doorstep.mobile.store.ChildStore;
import org.doorstep.mobile.store.LocalDatabase;
import org.doorstep.mobile.store.LocalVisit;
import org.doorstep.mobile.store.LocalWipe;
import org.doorstep.mobile.store.SqliteVisitStore;
import org.doorstep.mobile.store.SyncState;
import org.doorstep.mobile.store.TestKeys;
import org.doorstep.mobile.store.VisitStore;
import org.doorstep.mobile.store.Visits;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.push.MutationResult;
import org.doorstep.protocol.pull.ChildRemovedChange;
import org.doorstep.protocol.visit.ChildSummary;
import org.doorstep.protocol.visit.Visit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract on the device database, and what only the database can show: the device's own visits, reopening. */
class SqliteCaseloadStoreTest extends CaseloadStoreContract {
    @TempDir
    Path dataDir;
    LocalDatabase database;
    SqliteCaseloadStore store;

    @BeforeEach
    void open() {
        database = LocalDatabase.open(dataDir, TestKeys.fixed());
        store = new SqliteCaseloadStore(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Override
    CaseloadStore store() {
        return store;
    }

    @Test
    void aRemovalDeletesTheDevicesSentVisitsOfTheChildButNeverOnesWaitingOrRejected() {
        VisitStore visits = new SqliteVisitStore(database);
        Visit sent = visits.save(Visits.seenNotAlone("C-1")).visit();
        Visit rejected = visits.save(Visits.seenNotAlone("C-1")).visit();
        Visit waiting = visits.save(Visits.notSeen("C-1")).visit();
        Visit otherChild = visits.save(Visits.seenNotAlone("C-2")).visit();
        List<UUID> operations = visits.outbox().stream().map(e -> e.operationId()).toList();
        visits.applyResults(List.of(
                new MutationResult(operations.get(0), sent.id(), MutationResult.Outcome.APPLIED, 1, null, null),
                new MutationResult(operations.get(1), rejected.id(), MutationResult.Outcome.REJECTED, null,
                        ApiError.onField(ErrorCode.INCONSISTENT, "visit.seenAlone", "No"), null),
                new MutationResult(operations.get(3), otherChild.id(), MutationResult.Outcome.APPLIED, 1, null, null)));
        store.applyPage(List.of(child("C-1", "Ava", cpPlan("2026-10-01")), child("C-2", "Ben", cpPlan("2026-10-01")),
                visit("C-1", sent.id(), 1, "2026-11-02T10:00:00Z"), visit("C-1", waiting.id(), 1, "2026-11-02T10:00:00Z")),
                "c1", AT);

        store.applyPage(List.of(new ChildRemovedChange("C-1")), "c2", AT);

        assertEquals(Optional.empty(), visits.find(sent.id()), "sent: the server holds it");
        assertEquals(SyncState.REJECTED, visits.find(rejected.id()).orElseThrow().state(), "the worker's only copy");
        LocalVisit stillWaiting = visits.find(waiting.id()).orElseThrow();
        assertEquals(SyncState.WAITING, stillWaiting.state());
        assertEquals(waiting, stillWaiting.visit(), "never overwritten by the server's version");
        assertEquals(List.of(waiting.id()), visits.outbox().stream().map(e -> e.visit().id()).toList());
        assertTrue(visits.find(otherChild.id()).isPresent(), "another child's visit stays");
    }

    @Test
    void aPulledVersionOfAWaitingVisitLeavesTheDevicesRecordAsItIs() {
        VisitStore visits = new SqliteVisitStore(database);
        Visit waiting = visits.save(Visits.seenNotAlone("C-1")).visit();

        store.applyPage(List.of(child("C-1", "Ava", cpPlan("2026-10-01")), visit("C-1", waiting.id(), 3, "2026-11-02T10:00:00Z")),
                "c1", AT);

        LocalVisit local = visits.find(waiting.id()).orElseThrow();
        assertEquals(waiting, local.visit());
        assertEquals(SyncState.WAITING, local.state());
        assertEquals(1, visits.outbox().size());
    }

    @Test
    void theFirstPageReplacesAChildrenListFromBeforeThePullAndTheListShowsPulledChildren() {
        ChildStore children = new ChildStore(database);
        children.replaceAll(List.of(new ChildSummary("C-9", "Left Long Ago")));

        store.applyPage(List.of(child("C-1", "Ava", cpPlan("2026-10-01"))), "c1", AT);

        assertEquals(List.of(new ChildSummary("C-1", "Ava")), children.list());
    }

    @Test
    void whatWasPulledSurvivesReopeningTheFile() {
        store.applyPage(List.of(policy(2), child("C-1", "Ava", cpPlan("2026-10-01")),
                visit("C-1", UUID.randomUUID(), 1, "2026-11-02T10:00:00Z")), "c7", AT);
        CaseloadSnapshot before = store.snapshot();
        database.close();

        database = LocalDatabase.open(dataDir, TestKeys.fixed());
        store = new SqliteCaseloadStore(database);

        assertEquals(Optional.of("c7"), store.cursor());
        assertEquals(before, store.snapshot());
    }

    @Test
    void aWipeForgetsTheCursorThePolicyAndEveryPulledRecord() {
        store.applyPage(List.of(policy(2), child("C-1", "Ava", cpPlan("2026-10-01")),
                visit("C-1", UUID.randomUUID(), 1, "2026-11-02T10:00:00Z")), "c7", AT);

        new LocalWipe(database).wipeSynced(false, true);

        assertEquals(Optional.empty(), store.cursor());
        assertEquals(new CaseloadSnapshot(null, null, List.of()), store.snapshot());
    }
}
