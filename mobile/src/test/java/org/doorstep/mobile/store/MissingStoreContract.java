package org.doorstep.mobile.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.missing.ReturnInterview;
import org.doorstep.protocol.push.Mutation;
import org.doorstep.protocol.push.MutationResult;
import org.doorstep.protocol.push.RecordMissingEpisode;
import org.doorstep.protocol.push.RecordReturnInterview;
import org.doorstep.protocol.push.UpdateMissingEpisode;
import org.doorstep.protocol.push.UpdateReturnInterview;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link MissingStore} does: on the encrypted SQLite file and the in-memory twin. */
abstract class MissingStoreContract {
    static final OffsetDateTime WENT = OffsetDateTime.of(2026, 11, 20, 21, 30, 0, 0, ZoneOffset.UTC);
    MissingStore store;

    abstract MissingStore newStore();

    @BeforeEach
    void create() {
        store = newStore();
    }

    static MissingEpisode episode(UUID id, OffsetDateTime returnedAt) {
        return new MissingEpisode(id, "C-1003", WENT, returnedAt, WENT.plusDays(1), "MP-26-0412", "Found at a friend's flat.");
    }

    static ReturnInterview offered(UUID id, UUID episodeId) {
        return new ReturnInterview(id, episodeId, "C-1003", WENT.plusDays(1), null, null, null, "RHI worker", null, null,
                null, null, WENT.plusDays(1));
    }

    @Test
    void anEpisodeThenItsInterviewAreQueuedInOrderAsNewRecords() {
        UUID episodeId = UUID.randomUUID();
        MissingEpisode episode = episode(episodeId, WENT.plusHours(20));
        ReturnInterview interview = offered(UUID.randomUUID(), episodeId);

        store.saveEpisode(episode, null);
        store.saveInterview(interview, null);

        List<Mutation> outbox = store.outbox();
        assertEquals(episode, assertInstanceOf(RecordMissingEpisode.class, outbox.get(0)).episode());
        assertEquals(interview, assertInstanceOf(RecordReturnInterview.class, outbox.get(1)).interview());
        assertEquals(2, store.countWaiting());
        assertEquals(episode, store.find(episodeId).orElseThrow().episode());
        assertEquals(List.of(interview.id(), episodeId), store.list().stream().map(LocalMissing::id).toList());
    }

    @Test
    void savingAgainIsAnUpdateOfTheVersionTheDeviceWillHold() {
        UUID episodeId = UUID.randomUUID();
        store.saveEpisode(episode(episodeId, null), null);
        MissingEpisode back = episode(episodeId, WENT.plusHours(20));
        store.saveEpisode(back, null);

        List<Mutation> outbox = store.outbox();
        assertInstanceOf(RecordMissingEpisode.class, outbox.get(0));
        UpdateMissingEpisode update = assertInstanceOf(UpdateMissingEpisode.class, outbox.get(1));
        assertEquals(1, update.baseVersion());
        assertEquals(back, update.episode());

        store.applyResults(List.of(MutationResult.applied(outbox.get(0).operationId(), episodeId, 1)));
        assertEquals(SyncState.WAITING, store.find(episodeId).orElseThrow().state());
        store.applyResults(List.of(MutationResult.applied(outbox.get(1).operationId(), episodeId, 2)));
        LocalMissing sent = store.find(episodeId).orElseThrow();
        assertEquals(SyncState.SENT, sent.state());
        assertEquals(2, sent.serverVersion());
        assertEquals(List.of(), store.outbox());

        store.saveEpisode(back, null);
        assertEquals(2, assertInstanceOf(UpdateMissingEpisode.class, store.outbox().get(0)).baseVersion());
    }

    @Test
    void aRecordPulledFromTheServerIsUpdatedFromItsPulledVersion() {
        UUID interviewId = UUID.randomUUID();
        ReturnInterview declined = new ReturnInterview(interviewId, UUID.randomUUID(), "C-1003", WENT.plusDays(1), null,
                WENT.plusDays(2), ReturnInterview.DECLINED, "RHI worker", null, null, "Offer again in a week", null,
                WENT.plusDays(2));

        store.saveInterview(declined, 3);

        UpdateReturnInterview update = assertInstanceOf(UpdateReturnInterview.class, store.outbox().get(0));
        assertEquals(3, update.baseVersion());
        assertEquals(3, store.find(interviewId).orElseThrow().serverVersion());
    }

    @Test
    void aRejectionKeepsTheRecordWithTheReasonAndClearsItsEntries() {
        UUID episodeId = UUID.randomUUID();
        store.saveEpisode(episode(episodeId, null), null);
        store.saveEpisode(episode(episodeId, WENT.plusHours(3)), null);
        UUID first = store.outbox().get(0).operationId();

        store.applyResults(List.of(MutationResult.rejected(first, episodeId,
                ApiError.onField(ErrorCode.CHILD_NOT_IN_SCOPE, "episode.childId", "Not in your caseload"))));

        LocalMissing held = store.find(episodeId).orElseThrow();
        assertEquals(SyncState.REJECTED, held.state());
        assertEquals("Not in your caseload", held.rejection().message());
        assertEquals(WENT.plusHours(3), held.episode().returnedAt());
        assertEquals(List.of(), store.outbox());
        assertEquals(0, store.countWaiting());

        store.saveEpisode(held.episode(), null);
        assertInstanceOf(RecordMissingEpisode.class, store.outbox().get(0), "never stored: sent again as new");
    }

    @Test
    void aConflictFlagsTheRecordAndTheServersVersionBecomesTheBase() {
        UUID interviewId = UUID.randomUUID();
        store.saveInterview(offered(interviewId, UUID.randomUUID()), 1);
        UUID operation = store.outbox().get(0).operationId();

        store.applyResults(List.of(new MutationResult(operation, interviewId, MutationResult.Outcome.CONFLICT, 2,
                ApiError.onField(ErrorCode.STALE_VERSION, "baseVersion", "Changed on the server"), null)));

        LocalMissing held = store.find(interviewId).orElseThrow();
        assertEquals(SyncState.REJECTED, held.state());
        assertEquals("stale_version", held.rejection().code());
        assertTrue(held.note().contains("now version 2"), held.note());
        store.saveInterview(held.interview(), null);
        assertEquals(2, assertInstanceOf(UpdateReturnInterview.class, store.outbox().get(0)).baseVersion());
    }
}
