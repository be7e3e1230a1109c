package org.doorstep.mobile.caseload;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.doorstep.compliance.care.Placement;
import org.doorstep.compliance.care.PlacementType;
import org.doorstep.compliance.careleavers.AccommodationBasis;
import org.doorstep.compliance.careleavers.CareLeaverAccommodation;
import org.doorstep.compliance.engine.ChildRecord;
import org.doorstep.compliance.fostering.PrivateFosteringArrangement;
import org.doorstep.compliance.missing.MissingRecord;
import org.doorstep.compliance.missing.RhiOutcome;
import org.doorstep.compliance.plans.Plan;
import org.doorstep.compliance.visits.Visit;
import org.doorstep.compliance.visits.VisitLog;
import org.doorstep.compliance.visits.VisitType;
import org.doorstep.mobile.pull.PulledVisit;
import org.doorstep.protocol.child.CareLeaverEpisode;
import org.doorstep.protocol.child.ChildEpisodes;
import org.doorstep.protocol.child.PlacementEpisode;
import org.doorstep.protocol.child.PlanEpisode;
import org.doorstep.protocol.child.PrivateFosteringEpisode;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.missing.ReturnInterview;

/**
 * A child's pulled episodes and records as the compliance engine's {@link ChildRecord}. Only episodes open on
 * {@code today} (no end date, or ending today or later) set a rule: the latest such plan of each kind, the
 * current private fostering arrangement and care leaver accommodation, and the placements when the latest
 * one is open. Missing episodes count once the child is back; several interview records of one episode (an
 * offer, then another) are read as one: the earliest offer, completion and refusal.
 */
final class ChildRecords {
    private ChildRecords() {
    }

    /**
     * @throws IllegalArgumentException when an episode carries a code this app does not know (a newer server):
     *                                  the message says which
     */
    static ChildRecord of(String childId, ChildEpisodes episodes, Collection<PulledVisit> visits,
                          List<MissingEpisode> missing, List<ReturnInterview> interviews, LocalDate today) {
        List<Visit> log = new ArrayList<>(visits.size());
        for (PulledVisit visit : visits) {
            log.add(visit(visit));
        }
        return new ChildRecord(childId, VisitLog.of(log),
                plan(episodes.plans(), PlanEpisode.CHILD_PROTECTION, today),
                plan(episodes.plans(), PlanEpisode.CHILD_IN_NEED, today),
                placements(episodes.placements(), today), null,
                fostering(episodes.privateFostering(), today),
                careLeaver(episodes.careLeaverAccommodation(), today),
                missingRecords(missing, interviews), null, null, null, List.of());
    }

    static Visit visit(PulledVisit visit) {
        return new Visit(visit.occurredAt(), visit.seen(), Boolean.TRUE.equals(visit.seenAlone()),
                visit.notAloneReason(), VisitType.fromCode(visit.type()).orElse(VisitType.OTHER), visit.recordedAt(),
                visit.receivedAt());
    }

    private static boolean open(LocalDate end, LocalDate today) {
        return end == null || !end.isBefore(today);
    }

    private static Plan plan(List<PlanEpisode> plans, String kind, LocalDate today) {
        return plans.stream()
                .filter(p -> kind.equals(p.kind()) && p.startDate() != null && open(p.endDate(), today))
                .max(Comparator.comparing(PlanEpisode::startDate))
                .map(p -> new Plan(p.startDate(), p.endDate(), null))
                .orElse(null);
    }

    private static List<Placement> placements(List<PlacementEpisode> episodes, LocalDate today) {
        List<PlacementEpisode> sorted = episodes.stream().filter(p -> p.startDate() != null)
                .sorted(Comparator.comparing(PlacementEpisode::startDate)).toList();
        if (sorted.isEmpty() || !open(sorted.get(sorted.size() - 1).endDate(), today)) {
            return List.of();
        }
        List<Placement> placements = new ArrayList<>(sorted.size());
        for (PlacementEpisode p : sorted) {
            PlacementType type = PlacementType.fromCode(p.placementType()).orElseThrow(() ->
                    new IllegalArgumentException("placement type '" + p.placementType() + "' is unknown to this app"));
            placements.add(new Placement(p.startDate(), p.endDate(), type, p.intendedUntil18From(), p.longTermFosterFrom(),
                    p.childAgreedFrom(), p.firstReviewDate()));
        }
        return placements;
    }

    private static PrivateFosteringArrangement fostering(List<PrivateFosteringEpisode> episodes, LocalDate today) {
        return episodes.stream()
                .filter(f -> (f.notificationReceivedDate() != null || f.laAwareDate() != null) && open(f.endDate(), today))
                .map(f -> new PrivateFosteringArrangement(f.notificationReceivedDate(), f.laAwareDate(), f.endDate(), null))
                .max(Comparator.comparing(PrivateFosteringArrangement::arrangementStart))
                .orElse(null);
    }

    private static CareLeaverAccommodation careLeaver(List<CareLeaverEpisode> episodes, LocalDate today) {
        Optional<CareLeaverEpisode> current = episodes.stream()
                .filter(a -> a.firstProvidedDate() != null && open(a.endDate(), today))
                .max(Comparator.comparing(CareLeaverEpisode::firstProvidedDate));
        if (current.isEmpty()) {
            return null;
        }
        CareLeaverEpisode a = current.get();
        AccommodationBasis basis = switch (a.basis() == null ? "" : a.basis()) {
            case "s23b" -> AccommodationBasis.S23B;
            case "s24b" -> AccommodationBasis.S24B;
            case "other" -> AccommodationBasis.OTHER;
            default -> throw new IllegalArgumentException("care leaver accommodation basis '" + a.basis()
                    + "' is unknown to this app");
        };
        return new CareLeaverAccommodation(a.firstProvidedDate(), basis, List.of(), a.endDate(), null);
    }

    /** Episodes the child is back from, in start order, each with its interview records read as one. */
    static List<MissingRecord> missingRecords(List<MissingEpisode> missing, List<ReturnInterview> interviews) {
        List<MissingRecord> records = new ArrayList<>();
        missing.stream()
                .filter(e -> e.returnedAt() != null && e.wentMissingAt() != null && !e.returnedAt().isBefore(e.wentMissingAt()))
                .sorted(Comparator.comparing(MissingEpisode::wentMissingAt))
                .forEach(e -> records.add(new MissingRecord(
                        new org.doorstep.compliance.missing.MissingEpisode(e.wentMissingAt().toInstant(), e.returnedAt().toInstant()),
                        interview(e.id(), interviews))));
        return records;
    }

    private static org.doorstep.compliance.missing.ReturnInterview interview(UUID episodeId, List<ReturnInterview> all) {
        List<ReturnInterview> mine = all.stream().filter(i -> episodeId.equals(i.episodeId())).toList();
        Instant offered = earliest(mine, ReturnInterview::offeredAt);
        Instant completed = earliest(mine, ReturnInterview::completedAt);
        Instant declined = earliest(mine, ReturnInterview::declinedAt);
        RhiOutcome outcome = completed != null ? RhiOutcome.COMPLETED : declined != null ? RhiOutcome.DECLINED
                : mine.stream().anyMatch(i -> ReturnInterview.NOT_REQUIRED.equals(i.outcome())) ? RhiOutcome.NOT_REQUIRED : null;
        return new org.doorstep.compliance.missing.ReturnInterview(offered, completed, declined, outcome);
    }

    private static Instant earliest(List<ReturnInterview> interviews, Function<ReturnInterview, OffsetDateTime> time) {
        return interviews.stream().map(time).filter(t -> t != null).map(OffsetDateTime::toInstant)
                .min(Comparator.naturalOrder()).orElse(null);
    }
}
