package org.doorstep.server.dashboard.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.compliance.care.Placement;
import org.doorstep.compliance.care.PlacementType;
import org.doorstep.compliance.careleavers.AccommodationBasis;
import org.doorstep.compliance.careleavers.CareLeaverAccommodation;
import org.doorstep.compliance.engine.ChildRecord;
import org.doorstep.compliance.engine.CouncilPolicy;
import org.doorstep.compliance.fostering.PrivateFosteringArrangement;
import org.doorstep.compliance.missing.MissingEpisode;
import org.doorstep.compliance.missing.MissingRecord;
import org.doorstep.compliance.missing.ReturnInterview;
import org.doorstep.compliance.missing.RhiOutcome;
import org.doorstep.compliance.plans.Plan;
import org.doorstep.compliance.visits.Visit;
import org.doorstep.compliance.visits.VisitLog;
import org.doorstep.compliance.visits.VisitType;

/**
 * Turns a child's stored facts into the compliance engine's {@link ChildRecord}. Of several plans of a kind
 * (or arrangements, or accommodations), the one that started last is evaluated; all placements are, in
 * start order. With {@code currentOnly}, an episode that ended before {@code today} is left out, so only
 * the regimes that apply now are evaluated (the snapshot); without it the last one is kept, so a closed
 * case's history can still be shown (the timeline).
 */
public final class ChildRecords {
    private ChildRecords() {
    }

    public static ChildRecord of(ChildFacts facts, LocalDate today, boolean currentOnly, CouncilPolicy policy) {
        ChildFacts.PlanRow cp = latestPlan(facts, "cp", today, currentOnly);
        ChildFacts.PlanRow cin = latestPlan(facts, "cin", today, currentOnly);
        List<ChildFacts.PlacementRow> placementRows = new ArrayList<>(facts.placements);
        placementRows.sort(Comparator.comparing(ChildFacts.PlacementRow::start));
        boolean inCare = !placementRows.isEmpty() && (!currentOnly || current(placementRows.get(placementRows.size() - 1).end(), today));
        List<Placement> placements = new ArrayList<>();
        if (inCare) {
            for (ChildFacts.PlacementRow p : placementRows) {
                placements.add(new Placement(p.start(), p.end(), PlacementType.fromCode(p.type()).orElse(PlacementType.GENERAL),
                        p.intendedUntil18From(), p.longTermFosterFrom(), p.childAgreedFrom(), p.firstReviewDate()));
            }
        }
        ChildFacts.FosteringRow pf = facts.fostering.stream()
                .filter(f -> f.notificationReceived() != null || f.laAware() != null)
                .max(Comparator.comparing(f -> f.notificationReceived() != null ? f.notificationReceived() : f.laAware()))
                .filter(f -> !currentOnly || current(f.end(), today)).orElse(null);
        ChildFacts.CareLeaverRow cl = facts.careLeaver.stream().max(Comparator.comparing(ChildFacts.CareLeaverRow::firstProvided))
                .filter(c -> !currentOnly || current(c.end(), today))
                // Accommodation outside s.23B / s.24B has visits only when the council sets their frequency.
                .filter(c -> basis(c.basis()).hasStatutoryVisits() || policy.careLeavers().otherAccommodationInterval() != null)
                .orElse(null);
        return new ChildRecord(facts.childId, visitLog(facts),
                cp == null ? null : new Plan(cp.start(), cp.end(), null),
                cin == null ? null : new Plan(cin.start(), cin.end(), null),
                placements, null,
                pf == null ? null : new PrivateFosteringArrangement(pf.notificationReceived(), pf.laAware(), pf.end(), null),
                cl == null ? null : new CareLeaverAccommodation(cl.firstProvided(), basis(cl.basis()), List.of(), cl.end(), null),
                missing(facts), null, null, null, List.of());
    }

    static VisitLog visitLog(ChildFacts facts) {
        List<Visit> visits = new ArrayList<>(facts.visits.size());
        for (ChildFacts.VisitRow v : facts.visits) {
            visits.add(new Visit(v.occurredAt(), v.seen(), v.seen() && v.seenAlone(), v.notAloneReason(),
                    VisitType.fromCode(v.type()).orElse(VisitType.STATUTORY), v.recordedAt(), v.receivedAt()));
        }
        return VisitLog.of(visits);
    }

    /** Returned episodes with what happened about their interviews, in start order. */
    static List<MissingRecord> missing(ChildFacts facts) {
        Map<String, List<ChildFacts.InterviewRow>> byEpisode = new LinkedHashMap<>();
        for (ChildFacts.InterviewRow i : facts.interviews) {
            byEpisode.computeIfAbsent(i.episodeId(), id -> new ArrayList<>()).add(i);
        }
        List<ChildFacts.MissingRow> episodes = new ArrayList<>(facts.missing);
        episodes.sort(Comparator.comparing(ChildFacts.MissingRow::wentMissingAt));
        List<MissingRecord> records = new ArrayList<>();
        for (ChildFacts.MissingRow m : returned(episodes)) {
            records.add(new MissingRecord(new MissingEpisode(m.wentMissingAt(), m.returnedAt()),
                    interview(byEpisode.getOrDefault(m.id(), List.of()))));
        }
        return records;
    }

    /** The episodes the return interview clock applies to: the child is back (the return not before the start). */
    public static List<ChildFacts.MissingRow> returned(List<ChildFacts.MissingRow> episodes) {
        return episodes.stream().filter(m -> m.returnedAt() != null && !m.returnedAt().isBefore(m.wentMissingAt())).toList();
    }

    /** Several interview records for one episode: the earliest of each event, the outcome of the one that has it. */
    private static ReturnInterview interview(List<ChildFacts.InterviewRow> rows) {
        Instant offered = null;
        Instant completed = null;
        Instant declined = null;
        RhiOutcome outcome = null;
        for (ChildFacts.InterviewRow r : rows) {
            offered = earliest(offered, r.offeredAt());
            completed = earliest(completed, r.completedAt());
            declined = earliest(declined, r.declinedAt());
            if (r.outcome() != null) {
                outcome = RhiOutcome.fromCode(r.outcome()).orElse(outcome);
            }
        }
        return new ReturnInterview(offered, completed, declined, outcome);
    }

    private static ChildFacts.PlanRow latestPlan(ChildFacts facts, String kind, LocalDate today, boolean currentOnly) {
        return facts.plans.stream().filter(p -> kind.equals(p.kind()))
                .max(Comparator.comparing(ChildFacts.PlanRow::start))
                .filter(p -> !currentOnly || current(p.end(), today)).orElse(null);
    }

    private static boolean current(LocalDate end, LocalDate today) {
        return end == null || !end.isBefore(today);
    }

    private static AccommodationBasis basis(String code) {
        return switch (code == null ? "" : code) {
            case "s23b" -> AccommodationBasis.S23B;
            case "s24b" -> AccommodationBasis.S24B;
            default -> AccommodationBasis.OTHER;
        };
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
