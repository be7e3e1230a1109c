package org.doorstep.mobile.caseload;

import static org.doorstep.mobile.pull.Changes.child;
import static org.doorstep.mobile.pull.Changes.cinPlan;
import static org.doorstep.mobile.pull.Changes.cpPlan;
import static org.doorstep.mobile.pull.Changes.missing;
import static org.doorstep.mobile.pull.Changes.placement;
import static org.doorstep.mobile.pull.Changes.policy;
import static org.doorstep.mobile.pull.Changes.privateFostering;
import static org.doorstep.mobile.pull.Changes.visit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.doorstep.mobile.pull.CaseloadStore;
import org.doorstep.mobile.store.LocalVisit;
import org.doorstep.mobile.store.Rejection;
import org.doorstep.mobile.store.SyncState;
import org.doorstep.protocol.child.ChildEpisodes;
import org.doorstep.protocol.child.PlacementEpisode;
import org.doorstep.protocol.missing.ReturnInterview;
import org.doorstep.protocol.missing.StoredReturnInterview;
import org.doorstep.protocol.pull.Change;
import org.doorstep.protocol.pull.ReturnInterviewChange;
import org.doorstep.protocol.visit.Visit;

/**
 * A caseload with one child of every kind, seeded with dates around a fixed day: Monday 23 November 2026,
 * 10:00 in London (GMT). Used by the badge test and the screen test.
 */
public final class Caseloads {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));

    private Caseloads() {
    }

    /** Pulls the caseload into {@code store}, as one page. */
    public static void seed(CaseloadStore store) {
        UUID gusEpisode = UUID.randomUUID();
        UUID joEpisode = UUID.randomUUID();
        List<Change> page = List.of(policy(0),
                // Overdue: 10 working days from the visit of Monday 2 November ran out on Monday 16th.
                child("C-1", "Ava Example", cpPlan("2026-10-26")), visit("C-1", UUID.randomUUID(), 1, "2026-11-02T10:00:00Z"),
                // Due soon: 20 working days from Tuesday 27 October end on Tuesday 24 November, one working day away.
                child("C-2", "Ben Sample", cinPlan("2026-10-01")), visit("C-2", UUID.randomUUID(), 1, "2026-10-27T10:00:00Z"),
                // OK: 6 weeks from 16 November (first year of the placement) is 28 December.
                child("C-3", "Cara Placeholder", placement("2026-06-01")), visit("C-3", UUID.randomUUID(), 1, "2026-11-16T10:00:00Z"),
                // Overdue on the server's records, in time thanks to this device's unsent visit of Friday 20th.
                child("C-4", "Dev Fictional", cpPlan("2026-10-26")),
                // Not yet due: first private fostering visit within 7 working days of Friday 20th, by Tuesday 1 December.
                child("C-5", "Eli Madeup", privateFostering("2026-11-20")),
                // Missing now; no plan.
                child("C-6", "Fay Invented", ChildEpisodes.NONE),
                missing("C-6", UUID.randomUUID(), 1, "2026-11-22T21:00:00Z", null),
                // Back on Sunday 22nd at 18:00: the return interview is due by Wednesday 25th 18:00.
                child("C-7", "Gus Imagined", cinPlan("2026-11-16")),
                missing("C-7", gusEpisode, 1, "2026-11-21T23:00:00Z", "2026-11-22T18:00:00Z"),
                // From a server that sends no episodes: nothing to work from.
                child("C-8", "Hal Unknown", null),
                // A placement type this app does not know (a newer server).
                child("C-9", "Ivy Newer", new ChildEpisodes(List.of(), List.of(new PlacementEpisode("A-9",
                        java.time.LocalDate.parse("2026-09-01"), null, "moon_base", null, null, null, null)), List.of(), List.of())),
                // Back, the interview offered and declined in time: nothing is due.
                child("C-10", "Jo Declined", ChildEpisodes.NONE),
                missing("C-10", joEpisode, 1, "2026-11-20T20:00:00Z", "2026-11-21T08:00:00Z"),
                declined("C-10", joEpisode, "2026-11-21T12:00:00Z", "2026-11-21T12:30:00Z"));
        store.applyPage(page, "c1", CLOCK.instant());
    }

    /** This device's visits: Dev's, waiting to be sent; one of Ava's the server rejected (it does not count). */
    public static List<LocalVisit> deviceVisits() {
        OffsetDateTime friday = OffsetDateTime.parse("2026-11-20T15:00:00Z");
        return List.of(
                new LocalVisit(new Visit(UUID.randomUUID(), "C-4", friday, friday.plusMinutes(30), true, true, null, null),
                        SyncState.WAITING, null, null, null),
                new LocalVisit(new Visit(UUID.randomUUID(), "C-1", friday, friday.plusMinutes(30), true, true, null, null),
                        SyncState.REJECTED, null, new Rejection("inconsistent", "Refused", null), null));
    }

    private static ReturnInterviewChange declined(String childId, UUID episodeId, String offeredAt, String declinedAt) {
        OffsetDateTime offered = OffsetDateTime.parse(offeredAt);
        return new ReturnInterviewChange(new StoredReturnInterview(new ReturnInterview(UUID.randomUUID(), episodeId, childId,
                offered, null, OffsetDateTime.parse(declinedAt), ReturnInterview.DECLINED, "independent return interview worker",
                null, null, null, null, offered), 1, true, Instant.parse("2026-11-21T13:00:00Z"), List.of()));
    }
}
