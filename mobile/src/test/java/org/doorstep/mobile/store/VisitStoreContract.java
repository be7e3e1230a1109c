package org.doorstep.mobile.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.push.MutationResult;
import org.doorstep.protocol.visit.StoredVisit;
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
    void everyFieldOfTheFullFormIsKeptAndSentAsSaved() {
        Visit visit = Visits.fullForm("C-1004");

        store.save(visit);

        assertEquals(visit, store.find(visit.id()).orElseThrow().visit());
        assertEquals(visit, store.outbox().get(0).visit());
        assertEquals(Visit.CORE_GROUP, store.list().get(0).visit().type());
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
    void conflictFlagsTheVisitWithTheServersVersionAndLeavesTheOutbox() {
        Visit visit = Visits.seenNotAlone("C-1001");
        store.save(visit);
        store.applyResults(List.of(MutationResult.applied(store.outbox().get(0).operationId(), visit.id(), 1)));
        Visit corrected = withNotes(visit, "Corrected from version 1");
        store.correct(corrected);
        UUID operationId = store.outbox().get(0).operationId();
        Visit colleagues = withNotes(visit, "A colleague's correction");

        store.applyResults(List.of(MutationResult.conflict(operationId,
                new StoredVisit(colleagues, 2, true, Instant.parse("2025-06-03T08:00:00Z"), List.of()))));

        LocalVisit read = store.find(visit.id()).orElseThrow();
        assertEquals(SyncState.REJECTED, read.state());
        assertEquals("stale_version", read.rejection().code());
        assertEquals(2, read.serverVersion(), "the next correction is based on the server's version");
        assertEquals(corrected, read.visit(), "the device's correction is kept to be sent again");
        assertTrue(read.note().contains("now version 2") && read.note().contains("A colleague's correction"), read.note());
        assertEquals(List.of(), store.outbox());
        assertEquals(0, store.countWaiting());

        store.correct(withNotes(visit, "Corrected again"));
        assertEquals(2, store.outbox().get(0).baseVersion());
    }

    @Test
    void aCorrectionOfASentVisitIsQueuedOnTheServersVersion() {
        Visit visit = Visits.seenNotAlone("C-1001");
        store.save(visit);
        store.applyResults(List.of(MutationResult.applied(store.outbox().get(0).operationId(), visit.id(), 1)));

        LocalVisit corrected = store.correct(withNotes(visit, "Bedroom seen after all."));

        assertEquals(SyncState.WAITING, corrected.state());
        assertEquals(1, corrected.serverVersion());
        OutboxEntry entry = store.outbox().get(0);
        assertEquals(1, entry.baseVersion());
        assertEquals("Bedroom seen after all.", entry.visit().notes());
        assertEquals("Bedroom seen after all.", store.find(visit.id()).orElseThrow().visit().notes());
        assertEquals(1, store.list().size(), "one visit, in its latest version");

        store.applyResults(List.of(MutationResult.applied(entry.operationId(), visit.id(), 2)));
        assertEquals(SyncState.SENT, store.find(visit.id()).orElseThrow().state());
        assertEquals(2, store.find(visit.id()).orElseThrow().serverVersion());
    }

    @Test
    void aCorrectionMadeBeforeTheVisitWasSentIsOrderedAfterIt() {
        Visit visit = Visits.seenNotAlone("C-1001");
        store.save(visit);
        store.correct(withNotes(visit, "First correction"));
        store.correct(withNotes(visit, "Second correction"));

        List<OutboxEntry> outbox = store.outbox();
        assertEquals(List.of("Bedroom seen.", "First correction", "Second correction"),
                outbox.stream().map(e -> e.visit().notes()).toList(), "each entry sends the visit as it was then");
        assertEquals(java.util.Arrays.asList(null, 1, 2), outbox.stream().map(OutboxEntry::baseVersion).toList());

        store.applyResults(List.of(MutationResult.applied(outbox.get(0).operationId(), visit.id(), 1)));
        assertEquals(SyncState.WAITING, store.find(visit.id()).orElseThrow().state(), "corrections still to send");
        assertEquals(1, store.countWaiting());
    }

    @Test
    void aRejectedEntryTakesTheCorrectionsMadeFromItOutOfTheOutbox() {
        Visit visit = Visits.seenNotAlone("C-1001");
        store.save(visit);
        store.correct(withNotes(visit, "Correction"));
        List<OutboxEntry> outbox = store.outbox();

        store.applyResults(List.of(MutationResult.rejected(outbox.get(0).operationId(), visit.id(),
                ApiError.onField(ErrorCode.CHILD_NOT_IN_SCOPE, "visit.childId", "Not in your caseload"))));

        assertEquals(List.of(), store.outbox());
        LocalVisit read = store.find(visit.id()).orElseThrow();
        assertEquals(SyncState.REJECTED, read.state());
        assertEquals("Correction", read.visit().notes());

        store.correct(withNotes(visit, "Fixed"));
        assertEquals(null, store.outbox().get(0).baseVersion(), "never stored by the server: sent again as new");
    }

    @Test
    void aCorrectionCannotMoveTheVisitToAnotherChildNorCorrectAnUnknownVisit() {
        Visit visit = Visits.seenNotAlone("C-1001");
        store.save(visit);
        Visit moved = new Visit(visit.id(), "C-1002", visit.occurredAt(), visit.recordedAt(), true, true, null, null);

        assertEquals("A correction cannot move the visit to another child (from C-1001 to C-1002)",
                assertThrows(IllegalArgumentException.class, () -> store.correct(moved)).getMessage());
        Visit unknown = Visits.notSeen("C-1001");
        assertThrows(StoreException.class, () -> store.correct(unknown));
        assertEquals(1, store.outbox().size());
    }

    private static Visit withNotes(Visit v, String notes) {
        return new Visit(v.id(), v.childId(), v.occurredAt(), v.recordedAt(), v.seen(), v.seenAlone(), v.notAloneReason(),
                notes, v.type(), v.notAloneCode(), v.bedroomSeen(), v.childViews(), v.observations(), v.actions());
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
