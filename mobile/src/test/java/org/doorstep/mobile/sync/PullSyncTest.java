package org.doorstep.mobile.sync;

import static org.doorstep.mobile.pull.Changes.child;
import static org.doorstep.mobile.pull.Changes.cinPlan;
import static org.doorstep.mobile.pull.Changes.cpPlan;
import static org.doorstep.mobile.pull.Changes.missing;
import static org.doorstep.mobile.pull.Changes.offered;
import static org.doorstep.mobile.pull.Changes.policy;
import static org.doorstep.mobile.pull.Changes.visit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.doorstep.mobile.caseload.Caseload;
import org.doorstep.mobile.caseload.CaseloadEntry;
import org.doorstep.mobile.pull.CaseloadSnapshot;
import org.doorstep.mobile.pull.PulledVisit;
import org.doorstep.mobile.store.LocalVisit;
import org.doorstep.mobile.store.SyncState;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.policy.LocalPolicy;
import org.doorstep.protocol.pull.Change;
import org.doorstep.protocol.pull.ChildChange;
import org.doorstep.protocol.pull.ChildRemovedChange;
import org.doorstep.protocol.pull.PolicyChange;
import org.doorstep.protocol.visit.Visit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pull after a push, against the fake server: pages and cursors, removals, the council's policy, the
 * device's waiting visits left alone, and a pull stopped half-way (a broken page, a dropped connection, the app
 * restarted) resuming from the last page kept.
 */
class PullSyncTest {
    /** Monday 23 November 2026, 10:00 in London. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;
    FakeServer fake;
    TestDevice device;
    /** The fake server's pages, by the cursor they follow ("" for the first). */
    final Map<String, FakeServer.Reply> pages = new HashMap<>();
    volatile String pushOutcome = "applied";

    @BeforeEach
    void signIn() throws IOException {
        fake = new FakeServer(body -> PushAnswers.answerAll(body, pushOutcome));
        fake.pull = after -> pages.getOrDefault(after == null ? "" : after, FakeServer.page(List.of(), after, false));
        device = new TestDevice(dataDir, fake.uri(), CLOCK);
        device.auth.signIn(FakeServer.USERNAME, FakeServer.PASSWORD);
    }

    @AfterEach
    void stop() {
        device.close();
        fake.close();
    }

    private void page(String after, String next, boolean more, Change... changes) {
        pages.put(after, FakeServer.page(List.of(changes), next, more));
    }

    private CaseloadSnapshot.ChildFile held(String childId) {
        return device.pulled.snapshot().children().stream().filter(f -> f.child().id().equals(childId)).findFirst()
                .orElseThrow(() -> new AssertionError(childId + " is not on the device"));
    }

    private Set<String> childIds() {
        return device.pulled.snapshot().children().stream().map(f -> f.child().id()).collect(Collectors.toSet());
    }

    private Caseload caseload() {
        return new Caseload(device.pulled, device.visits::list, CLOCK);
    }

    private CaseloadEntry entry(String childId) {
        return caseload().load().entries().stream().filter(e -> e.childId().equals(childId)).findFirst().orElseThrow();
    }

    @Test
    void pagesAreAppliedInOrderEachWithItsCursorUntilTheServerHasNoMore() {
        UUID episode = UUID.randomUUID();
        List<UUID> avaVisits = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        page("", "c1", true, policy(0), child("C-1", "Ava", cpPlan("2026-11-02")), child("C-2", "Ben", cinPlan("2026-10-05")));
        page("c1", "c2", true, visit("C-1", avaVisits.get(0), 1, "2026-11-03T10:00:00Z"),
                visit("C-1", avaVisits.get(1), 1, "2026-11-10T10:00:00Z"), visit("C-1", avaVisits.get(2), 1, "2026-11-17T10:00:00Z"),
                missing("C-2", episode, 1, "2026-11-21T22:00:00Z", "2026-11-22T08:00:00Z"));
        page("c2", "c3", false, offered("C-2", UUID.randomUUID(), episode, "2026-11-22T12:00:00Z"),
                child("C-3", "Cara", null));

        SyncSummary summary = device.sync().syncNow();

        assertEquals(new SyncSummary(0, 0, 0, null), summary);
        assertEquals(List.of("", "c1", "c2"), fake.pullCursors);
        assertEquals(List.of(500, 500, 500), fake.pullLimits);
        assertEquals(Optional.of("c3"), device.pulled.cursor());
        assertEquals(Set.of("C-1", "C-2", "C-3"), childIds());
        assertEquals(Set.copyOf(avaVisits), held("C-1").visits().stream().map(PulledVisit::id).collect(Collectors.toSet()));
        assertEquals(1, held("C-2").missingEpisodes().size());
        assertEquals(1, held("C-2").interviews().size());
        assertEquals(0, device.pulled.snapshot().policy().version());

        device.sync().syncNow();
        assertEquals(List.of("", "c1", "c2", "c3"), fake.pullCursors, "the next sync carries on from the last cursor");
    }

    @Test
    void whenThePersonsAccessChangedTheCaseloadIsPulledAgainFromTheBeginningAndUnsentVisitsStay() {
        Visit sent = device.visits.save(org.doorstep.mobile.store.Visits.seenNotAlone("C-1")).visit();
        page("", "c1", false, policy(0), child("C-1", "Ava", cpPlan("2026-11-02")), child("C-2", "Ben", cinPlan("2026-10-05")),
                visit("C-1", sent.id(), 1, "2026-11-03T10:00:00Z"));
        assertEquals(new SyncSummary(1, 0, 0, null), device.sync().syncNow());
        Visit waiting = device.visits.save(org.doorstep.mobile.store.Visits.notSeen("C-1")).visit();
        pushOutcome = "rejected"; // the waiting visit is refused this time: it must stay on the device
        pages.put("c1", FakeServer.Reply.error(409, ErrorCode.CASELOAD_RESET, "What you may see changed"));
        page("", "c9", false, policy(0), child("C-3", "Cara", cinPlan("2026-10-05")));

        device.sync().syncNow();

        assertEquals(List.of("", "c1", ""), fake.pullCursors, "after the reset, a pull from the beginning");
        assertEquals(Set.of("C-3"), childIds(), "only what the person may see now");
        assertEquals(Optional.of("c9"), device.pulled.cursor());
        assertEquals(Optional.empty(), device.visits.find(sent.id()), "acknowledged: the server holds it");
        assertTrue(device.visits.find(waiting.id()).isPresent(), "never a visit the server does not hold");
    }

    @Test
    void aRemovedChildLeavesWithItsRecordsButAVisitStillWaitingIsKept() {
        Visit sent = device.visits.save(org.doorstep.mobile.store.Visits.seenNotAlone("C-1")).visit();
        page("", "c1", false, policy(0), child("C-1", "Ava", cpPlan("2026-11-02")), child("C-2", "Ben", cinPlan("2026-10-05")),
                visit("C-1", sent.id(), 1, "2026-11-03T10:00:00Z"), visit("C-2", UUID.randomUUID(), 1, "2026-11-03T10:00:00Z"));
        assertEquals(new SyncSummary(1, 0, 0, null), device.sync().syncNow());
        page("c1", "c2", false, new ChildRemovedChange("C-1"));
        // The worker saves a visit while the pull runs (after the push): it is still waiting when the removal arrives.
        Visit waiting = saveWhilePulling("c1", org.doorstep.mobile.store.Visits.notSeen("C-1"));

        SyncSummary summary = device.sync().syncNow();

        assertEquals(1, summary.stillWaiting());
        assertEquals(Set.of("C-2"), childIds());
        assertEquals(1, held("C-2").visits().size());
        assertEquals(Optional.empty(), device.visits.find(sent.id()), "the server holds it; the child is no longer the worker's");
        LocalVisit kept = device.visits.find(waiting.id()).orElseThrow();
        assertEquals(SyncState.WAITING, kept.state());
        assertEquals(waiting, kept.visit());
        assertEquals(List.of(waiting.id()), device.visits.outbox().stream().map(e -> e.visit().id()).toList());
    }

    /** Saves {@code visit} on the device when the pull asks for the page after {@code cursor} (once). */
    private Visit saveWhilePulling(String cursor, Visit visit) {
        var pagesBefore = fake.pull;
        java.util.concurrent.atomic.AtomicBoolean saved = new java.util.concurrent.atomic.AtomicBoolean();
        fake.pull = after -> {
            if (cursor.equals(after == null ? "" : after) && saved.compareAndSet(false, true)) {
                device.visits.save(visit);
            }
            return pagesBefore.apply(after);
        };
        return visit;
    }

    @Test
    void theCouncilsPolicyFromThePullSetsTheDueDates() {
        LocalPolicy fourWeekly = new LocalPolicy(3, Instant.parse("2026-11-01T09:00:00Z"), "ada.admin",
                new LocalPolicy.VisitStandard(4, "weeks", false, false, false), LocalPolicy.DEFAULTS.childInNeed(),
                LocalPolicy.DEFAULTS.returnInterviews(), LocalPolicy.DEFAULTS.dueSoon());
        page("", "c1", false, policy(0), child("C-1", "Ava", cpPlan("2026-11-02")),
                visit("C-1", UUID.randomUUID(), 1, "2026-11-16T10:00:00Z"));
        device.sync().syncNow();
        assertEquals(LocalDate.parse("2026-11-30"), entry("C-1").nextDueDate(), "10 working days after Monday 16 November");
        assertEquals(0, caseload().load().policyVersion(), "the standard settings, as the server sent them");

        page("c1", "c2", false, new PolicyChange(fourWeekly));
        device.sync().syncNow();

        assertEquals(fourWeekly, device.pulled.snapshot().policy());
        assertEquals(3, caseload().load().policyVersion());
        assertEquals(LocalDate.parse("2026-12-14"), entry("C-1").nextDueDate(), "4 weeks after 16 November");
    }

    @Test
    void aPulledVersionNeverOverwritesAVisitWaitingToBeSentAndTheDevicesVersionCounts() {
        OffsetDateTime friday = OffsetDateTime.parse("2026-11-20T15:00:00+00:00");
        Visit mine = new Visit(UUID.randomUUID(), "C-1", friday, friday.plusMinutes(20), true, true, null,
                "Recorded on the doorstep");
        page("", "c1", false, policy(0), child("C-1", "Ava", cpPlan("2026-11-02")),
                visit("C-1", mine.id(), 2, "2026-11-03T10:00:00Z"));
        saveWhilePulling("", mine); // saved after the push, while the page is on its way

        device.sync().syncNow();

        LocalVisit local = device.visits.find(mine.id()).orElseThrow();
        assertEquals(mine, local.visit(), "the device's record, as recorded");
        assertEquals(SyncState.WAITING, local.state());
        assertEquals(1, device.visits.outbox().size());
        assertEquals(Instant.parse("2026-11-03T10:00:00Z"), held("C-1").visits().get(0).occurredAt(),
                "the server's version is held beside it");
        assertEquals(LocalDate.parse("2026-12-04"), entry("C-1").nextDueDate(), "due from the device's visit of Friday 20th");
    }

    @Test
    void aPullBrokenOffHalfWayResumesAfterARestartFromTheLastPageKeptWithNoGapAndNothingTwice() throws IOException {
        List<UUID> first = List.of(UUID.randomUUID(), UUID.randomUUID());
        List<UUID> second = List.of(UUID.randomUUID(), UUID.randomUUID());
        page("", "c1", true, policy(0), child("C-1", "Ava", cpPlan("2026-11-02")),
                visit("C-1", first.get(0), 1, "2026-11-03T10:00:00Z"), visit("C-1", first.get(1), 1, "2026-11-10T10:00:00Z"));
        // Page 2 breaks on its last change, after a child and two visits were written: none of them may stay.
        page("c1", "c2", true, child("C-2", "Ben", cinPlan("2026-10-05")),
                visit("C-2", second.get(0), 1, "2026-11-04T10:00:00Z"), visit("C-2", second.get(1), 1, "2026-11-11T10:00:00Z"),
                new ChildChange(new org.doorstep.protocol.child.CaseloadChild(null, "Broken", null, null, null)));
        page("c2", "c3", false, child("C-3", "Cara", null));

        SyncSummary broken = device.sync().syncNow();

        assertEquals("Change 4 of the server's page is a child without an id; nothing of the page was kept",
                broken.errorMessage());
        assertEquals(Optional.of("c1"), device.pulled.cursor());
        assertEquals(Set.of("C-1"), childIds());

        // The connection drops on the next try, then the app is killed and started again.
        page("c1", "c2", true, child("C-2", "Ben", cinPlan("2026-10-05")),
                visit("C-2", second.get(0), 1, "2026-11-04T10:00:00Z"), visit("C-2", second.get(1), 1, "2026-11-11T10:00:00Z"));
        FakeServer.Reply fixed = pages.put("c1", FakeServer.Reply.DROP);
        assertTrue(device.sync().syncNow().errorMessage().startsWith("Cannot reach the server"));
        device.close();
        pages.put("c1", fixed);
        device = new TestDevice(dataDir, fake.uri(), CLOCK);

        SyncSummary resumed = device.sync().syncNow();

        assertEquals(new SyncSummary(0, 0, 0, null), resumed);
        // (The HTTP client retries a dropped GET once, so the dropped try may show twice.)
        assertEquals(1, java.util.Collections.frequency(fake.pullCursors, ""), "never from the beginning again: " + fake.pullCursors);
        assertEquals(List.of("c1", "c2"), fake.pullCursors.subList(fake.pullCursors.size() - 2, fake.pullCursors.size()));
        assertEquals(Set.of("C-1", "C-2", "C-3"), childIds());
        List<UUID> held = new ArrayList<>();
        device.pulled.snapshot().children().forEach(f -> f.visits().forEach(v -> held.add(v.id())));
        assertEquals(4, held.size(), "no visit twice: " + held);
        assertEquals(Set.of(first.get(0), first.get(1), second.get(0), second.get(1)), Set.copyOf(held));
        assertEquals(Optional.of("c3"), device.pulled.cursor());
    }

    @Test
    void anAppTooOldForTheServerIsToldToUpdateAndKeepsWhatItHeld() {
        page("", "c1", false, policy(0), child("C-1", "Ava", cpPlan("2026-11-02")));
        device.sync().syncNow();
        fake.pull = after -> FakeServer.Reply.error(426, ErrorCode.UNSUPPORTED_PROTOCOL_VERSION,
                "This server accepts sync protocol versions 2 to 2; the app sent 1. Update the app.");

        SyncSummary summary = device.sync().syncNow();

        assertEquals("The server refused the sync (HTTP 426): This server accepts sync protocol versions 2 to 2; the app "
                + "sent 1. Update the app.", summary.errorMessage());
        assertEquals(SyncSummary.Session.CONTINUES, summary.session());
        assertEquals(Optional.of("c1"), device.pulled.cursor());
        assertEquals(Set.of("C-1"), childIds());
    }

    @Test
    void aPullRefusedBecauseTheDeviceWasRevokedPushesWhatIsLeftThenWipesThePulledCaseload() {
        page("", "c1", false, policy(0), child("C-1", "Ava", cpPlan("2026-11-02")),
                visit("C-1", UUID.randomUUID(), 1, "2026-11-03T10:00:00Z"));
        device.sync().syncNow();
        Visit unsent = device.visits.save(org.doorstep.mobile.store.Visits.seenNotAlone("C-1")).visit();
        fake.revokeDevice();

        SyncSummary summary = device.sync().syncNow();

        assertEquals(SyncSummary.Session.REVOKED_AND_WIPED, summary.session());
        assertEquals(1, fake.pushBodies.size());
        assertTrue(fake.pushBodies.get(0).contains(unsent.id().toString()), "pushed before the wipe");
        assertEquals(Optional.empty(), device.visits.find(unsent.id()), "sent, then wiped with the rest");
        assertEquals(Optional.empty(), device.pulled.cursor());
        assertEquals(Set.of(), childIds());
    }
}
