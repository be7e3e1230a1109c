package org.doorstep.mobile.pull;

import static org.doorstep.mobile.pull.Changes.child;
import static org.doorstep.mobile.pull.Changes.cinPlan;
import static org.doorstep.mobile.pull.Changes.cpPlan;
import static org.doorstep.mobile.pull.Changes.missing;
import static org.doorstep.mobile.pull.Changes.offered;
import static org.doorstep.mobile.pull.Changes.policy;
import static org.doorstep.mobile.pull.Changes.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.doorstep.mobile.store.StoreException;
import org.doorstep.protocol.child.CaseloadChild;
import org.doorstep.protocol.pull.Change;
import org.doorstep.protocol.pull.ChildChange;
import org.doorstep.protocol.pull.ChildRemovedChange;
import org.doorstep.protocol.pull.MissingEpisodeChange;
import org.doorstep.protocol.pull.ReturnInterviewChange;
import org.doorstep.protocol.pull.VisitChange;
import org.junit.jupiter.api.Test;

/** What every {@link CaseloadStore} does; run against the device database and the in-memory twin. */
abstract class CaseloadStoreContract {
    static final Instant AT = Instant.parse("2026-11-23T08:00:00Z");

    abstract CaseloadStore store();

    private CaseloadSnapshot.ChildFile file(String childId) {
        return store().snapshot().children().stream().filter(f -> f.child().id().equals(childId)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + childId));
    }

    @Test
    void anEmptyStoreHoldsNoCursorNoPolicyAndNoChild() {
        assertEquals(Optional.empty(), store().cursor());
        assertEquals(new CaseloadSnapshot(null, null, List.of()), store().snapshot());
    }

    @Test
    void aPageIsKeptWithItsCursorAndReadBackWhole() {
        UUID visitId = UUID.randomUUID();
        UUID episodeId = UUID.randomUUID();
        UUID interviewId = UUID.randomUUID();
        ChildChange ava = child("C-1", "Ava", cpPlan("2026-10-01"));
        VisitChange visit = visit("C-1", visitId, 1, "2026-11-02T10:00:00+09:00");
        MissingEpisodeChange episode = missing("C-1", episodeId, 1, "2026-11-20T21:00:00Z", "2026-11-21T09:00:00Z");
        ReturnInterviewChange interview = offered("C-1", interviewId, episodeId, "2026-11-21T15:00:00Z");

        store().applyPage(List.of(policy(3), ava, visit, episode, interview), "c1", AT);

        assertEquals(Optional.of("c1"), store().cursor());
        CaseloadSnapshot snapshot = store().snapshot();
        assertEquals(3, snapshot.policy().version());
        assertEquals(AT, snapshot.pulledAt());
        assertEquals(List.of(new CaseloadSnapshot.ChildFile(ava.child(), List.of(PulledVisit.of(visit.visit())),
                List.of(episode.episode().episode()), List.of(interview.interview().interview()))), snapshot.children());
        assertEquals(Instant.parse("2026-11-02T01:00:00Z"), snapshot.children().get(0).visits().get(0).occurredAt());
    }

    @Test
    void childrenAreReadByNameThenId() {
        store().applyPage(List.of(child("C-3", "Cara", null), child("C-1", "Ava", null), child("C-2", "Ava", null)), "c1", AT);

        assertEquals(List.of("C-1", "C-2", "C-3"), store().snapshot().children().stream().map(f -> f.child().id()).toList());
        assertNull(file("C-3").child().episodes(), "no episodes sent: unknown, not none");
    }

    @Test
    void aRecordKeepsItsHighestVersionWhateverOrderTheyArrive() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID episode = UUID.randomUUID();
        store().applyPage(List.of(child("C-1", "Ava", cpPlan("2026-10-01")),
                visit("C-1", first, 2, "2026-11-03T10:00:00Z"), visit("C-1", first, 1, "2026-11-02T10:00:00Z"),
                visit("C-1", second, 1, "2026-11-04T10:00:00Z"),
                missing("C-1", episode, 1, "2026-11-20T21:00:00Z", null)), "c1", AT);
        store().applyPage(List.of(visit("C-1", second, 2, "2026-11-05T10:00:00Z"), visit("C-1", second, 2, "2026-11-05T10:00:00Z"),
                missing("C-1", episode, 2, "2026-11-20T21:00:00Z", "2026-11-22T07:00:00Z")), "c2", AT);

        CaseloadSnapshot.ChildFile ava = file("C-1");
        assertEquals(List.of("2026-11-03T10:00:00Z", "2026-11-05T10:00:00Z"), ava.visits().stream()
                .map(v -> v.occurredAt().toString()).sorted().toList());
        assertEquals(1, ava.missingEpisodes().size());
        assertEquals("2026-11-22T07:00Z", ava.missingEpisodes().get(0).returnedAt().toString());
    }

    @Test
    void aChildChangeReplacesTheChildAndItsEpisodes() {
        store().applyPage(List.of(child("C-1", "Ava", cpPlan("2026-10-01"))), "c1", AT);
        ChildChange renamed = child("C-1", "Ava Renamed", cinPlan("2026-11-10"));

        store().applyPage(List.of(renamed), "c2", AT);

        assertEquals(renamed.child(), file("C-1").child());
        assertEquals(1, store().snapshot().children().size());
    }

    @Test
    void aRemovalDropsTheChildAndEveryRecordOfItAndNothingElse() {
        UUID episode = UUID.randomUUID();
        store().applyPage(List.of(child("C-1", "Ava", cpPlan("2026-10-01")), child("C-2", "Ben", cinPlan("2026-10-01")),
                visit("C-1", UUID.randomUUID(), 1, "2026-11-02T10:00:00Z"), visit("C-2", UUID.randomUUID(), 1, "2026-11-02T10:00:00Z"),
                missing("C-1", episode, 1, "2026-11-20T21:00:00Z", "2026-11-21T09:00:00Z"),
                offered("C-1", UUID.randomUUID(), episode, "2026-11-21T15:00:00Z")), "c1", AT);

        store().applyPage(List.of(new ChildRemovedChange("C-1"), new ChildRemovedChange("C-404")), "c2", AT);

        CaseloadSnapshot snapshot = store().snapshot();
        assertEquals(List.of("C-2"), snapshot.children().stream().map(f -> f.child().id()).toList());
        assertEquals(1, snapshot.children().get(0).visits().size());
        // Back again later: nothing of the old records comes back with it.
        store().applyPage(List.of(child("C-1", "Ava", cpPlan("2026-10-01"))), "c3", AT);
        assertEquals(List.of(), file("C-1").visits());
        assertEquals(List.of(), file("C-1").missingEpisodes());
        assertEquals(List.of(), file("C-1").interviews());
    }

    @Test
    void startingAgainForgetsTheCursorKeepsTheCopiesShownAndTheNextPageReplacesThemAll() {
        store().applyPage(List.of(policy(3), child("C-1", "Ava", cpPlan("2026-10-01")),
                visit("C-1", UUID.randomUUID(), 1, "2026-11-02T10:00:00Z")), "c1", AT);

        store().startAgain();

        assertEquals(Optional.empty(), store().cursor());
        assertEquals(List.of("C-1"), store().snapshot().children().stream().map(f -> f.child().id()).toList(),
                "shown until the pull from the beginning brings its first page");
        store().applyPage(List.of(policy(3), child("C-2", "Ben", cinPlan("2026-10-01"))), "c9", AT);
        assertEquals(List.of("C-2"), store().snapshot().children().stream().map(f -> f.child().id()).toList());
        assertEquals(Optional.of("c9"), store().cursor());
    }

    @Test
    void aPageWithAChangeThatCannotBeStoredKeepsNothingOfItNorItsCursor() {
        store().applyPage(List.of(policy(1), child("C-1", "Ava", cpPlan("2026-10-01"))), "c1", AT);
        CaseloadSnapshot before = store().snapshot();
        List<Change> broken = List.of(policy(2), child("C-2", "Ben", null), visit("C-1", UUID.randomUUID(), 1, "2026-11-02T10:00:00Z"),
                new ChildRemovedChange("C-1"), new ChildChange(new CaseloadChild(null, "No id", null, null, null)));

        StoreException e = assertThrows(StoreException.class, () -> store().applyPage(broken, "c2", AT.plusSeconds(60)));

        assertEquals("Change 5 of the server's page is a child without an id; nothing of the page was kept", e.getMessage());
        assertEquals(Optional.of("c1"), store().cursor());
        assertEquals(before, store().snapshot());
    }

    @Test
    void aPageWithoutACursorIsRefusedAndKeepsNothing() {
        assertThrows(StoreException.class, () -> store().applyPage(List.of(child("C-1", "Ava", null)), null, AT));
        assertThrows(StoreException.class, () -> store().applyPage(List.of(child("C-1", "Ava", null)), " ", AT));
        assertThrows(StoreException.class, () -> store().applyPage(null, "c1", AT));
        assertEquals(Optional.empty(), store().cursor());
        assertEquals(List.of(), store().snapshot().children());
    }

    @Test
    void aNewPolicyReplacesTheOneHeldAndAnUnusableOneIsRefused() {
        store().applyPage(List.of(policy(0)), "c1", AT);
        store().applyPage(List.of(policy(4)), "c2", AT);
        assertEquals(4, store().snapshot().policy().version());

        org.doorstep.protocol.policy.LocalPolicy broken = new org.doorstep.protocol.policy.LocalPolicy(5, null, null, null,
                null, null, null);
        StoreException e = assertThrows(StoreException.class, () -> store().applyPage(
                List.of(new org.doorstep.protocol.pull.PolicyChange(broken)), "c3", AT));
        assertTrue(e.getMessage().startsWith("Change 1 of the server's page is a council policy this app cannot use"), e.getMessage());
        assertEquals(4, store().snapshot().policy().version());
    }
}
