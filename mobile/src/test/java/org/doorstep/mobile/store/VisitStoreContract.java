package org.doorstep.mobile.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.push.MutationResult;
import org.doorstep.protocol.visit.Visit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link VisitStore} does, run against the SQLite store ({@link SqliteVisitStoreTest}) and the
 * in-memory twin ({@link InMemoryVisitStoreTest}).
 */
abstract class VisitStoreContract {
    VisitStore store;

    /** A new, empty store whose outbox entries take their operation ids from {@code operationIds}. */
    abstract VisitStore newStore(Supplier<UUID> operationIds);

    @BeforeEach
    void newStore() {
        store = newStore(UUID::randomUUID);
    }

    @Test
    void savedVisitIsWaitingAndInTheOutboxWithAllItsFields() {
        Visit visit = Visits.seenNotAlone("C-1001");

        LocalVisit saved = store.save(visit);

        assertEquals(new LocalVisit(visit, SyncState.WAITING, null, null, null), saved);
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
    void unknownVisitIsNotFound() {
        assertTrue(store.find(UUID.randomUUID()).isEmpty());
        assertEquals(List.of(), store.list());
        assertEquals(List.of(), store.outbox());
        assertEquals(0, store.countWaiting());
    }

    @Test
    void visitAndOutboxEntryAreWrittenTogetherOrNotAtAll() {
        UUID reused = UUID.randomUUID();
        VisitStore sameOperationId = newStore(() -> reused);
        Visit first = Visits.seenNotAlone("C-1001");
        Visit second = Visits.seenNotAlone("C-1002");
        sameOperationId.save(first);

        // The second outbox entry breaks the unique operation id: its visit must not be kept either.
        assertThrows(StoreException.class, () -> sameOperationId.save(second));

        assertTrue(sameOperationId.find(second.id()).isEmpty(), "the visit must be rolled back with its outbox entry");
        assertEquals(List.of(first.id()), sameOperationId.list().stream().map(v -> v.visit().id()).toList());
        assertEquals(1, sameOperationId.outbox().size());
    }

    @Test
    void savingTheSameVisitTwiceIsRefusedAndKeepsOneOutboxEntry() {
        Visit visit = Visits.seenNotAlone("C-1001");
        store.save(visit);
        assertThrows(StoreException.class, () -> store.save(visit));
        assertEquals(1, store.outbox().size());
        assertEquals(1, store.list().size());
    }

    @Test
    void listIsMostRecentlyRecordedFirstAndOutboxOldestSavedFirst() {
        Visit older = recordedAt(Visits.notSeen("C-1001"), "2025-06-02T09:00+01:00");
        Visit newer = recordedAt(Visits.notSeen("C-1002"), "2025-06-02T11:00+01:00");
        Visit sameTimeLater = recordedAt(Visits.notSeen("C-1003"), "2025-06-02T11:00+01:00");
        store.save(newer);
        store.save(older);
        store.save(sameTimeLater);

        assertEquals(List.of(sameTimeLater, newer, older), store.list().stream().map(LocalVisit::visit).toList());
        assertEquals(List.of(newer, older, sameTimeLater), store.outbox().stream().map(OutboxEntry::visit).toList());
    }

    @Test
    void operationIdIsFixedWhenSavedAndKeptUntilAcknowledged() {
        UUID operationId = UUID.randomUUID();
        VisitStore fixed = newStore(() -> operationId);
        Visit visit = Visits.notSeen("C-1001");
        fixed.save(visit);

        assertEquals(List.of(new OutboxEntry(operationId, visit)), fixed.outbox());
        assertEquals(List.of(new OutboxEntry(operationId, visit)), fixed.outbox(), "reading does not change it");
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
                MutationResult.duplicate(outbox.get(1).operationId(), duplicate.id(), 3)));

        assertEquals(new LocalVisit(applied, SyncState.SENT, 1, null, null), store.find(applied.id()).orElseThrow());
        assertEquals(new LocalVisit(duplicate, SyncState.SENT, 3, null, null), store.find(duplicate.id()).orElseThrow());
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
        assertEquals(0, store.countWaiting());
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
        assertEquals(1, store.countWaiting());
    }

    @Test
    void resultsForOperationsNotInTheOutboxAreIgnored() {
        Visit visit = Visits.notSeen("C-1001");
        store.save(visit);

        store.applyResults(List.of(MutationResult.applied(UUID.randomUUID(), visit.id(), 1)));

        assertEquals(SyncState.WAITING, store.find(visit.id()).orElseThrow().state());
        assertEquals(1, store.outbox().size());
    }

    private static Visit recordedAt(Visit visit, String recordedAt) {
        OffsetDateTime at = OffsetDateTime.parse(recordedAt);
        return new Visit(visit.id(), visit.childId(), at.minusMinutes(30), at, visit.seen(), visit.seenAlone(),
                visit.notAloneReason(), visit.notes());
    }
}
