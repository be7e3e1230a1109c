package org.doorstep.server.dashboard.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doorstep.compliance.engine.ChildCompliance;
import org.doorstep.compliance.engine.ChildRecord;
import org.doorstep.compliance.engine.ComplianceEngine;
import org.doorstep.compliance.missing.ReturnInterviewResult;
import org.doorstep.compliance.result.Breach;
import org.doorstep.compliance.result.ClockDeadlineResult;
import org.doorstep.compliance.result.DayDeadlineResult;
import org.doorstep.compliance.result.Flag;
import org.doorstep.compliance.result.PeriodicResult;
import org.doorstep.compliance.result.Status;
import org.doorstep.compliance.time.LondonTime;

/**
 * Evaluates one child's facts with the compliance engine and derives what the dashboard keeps: each regime's
 * status, the worst, the return interview clocks, the month counts of the last 13 months, and the moment the
 * result goes stale by the clock alone. Pure: no database.
 */
public final class ChildEvaluator {
    /** A record the engine refused as inconsistent (e.g. a placement ending before it starts). */
    public static final String INCONSISTENT = "record_inconsistent";
    static final int MONTHS_KEPT = 13;

    private ChildEvaluator() {
    }

    /** The engine's full result (null when the record was inconsistent) and what the snapshot keeps of it. */
    public record Evaluation(ChildCompliance compliance, ChildSnapshot snapshot, List<RhiClock> clocks) {
    }

    public static Evaluation evaluate(ChildFacts facts, ComplianceEngine engine, int policyVersion, Instant asOf, long sourceSeq) {
        LocalDate today = LondonTime.dateOf(asOf);
        ChildRecord record = ChildRecords.of(facts, today, true, engine.policy());
        ChildCompliance result;
        try {
            result = engine.evaluate(record, asOf);
        } catch (IllegalArgumentException inconsistent) {
            ChildSnapshot snapshot = new ChildSnapshot(facts.childId, facts.teamId, facts.workerId, VisitStatus.NONE, Map.of(),
                    null, 0, 0, List.of(INCONSISTENT), lastVisit(facts, false), lastVisit(facts, true), new MonthCounts(), asOf,
                    nextMidnight(asOf), sourceSeq, policyVersion);
            return new Evaluation(null, snapshot, List.of());
        }
        Map<Regime, ChildSnapshot.RegimeStatus> regimes = new EnumMap<>(Regime.class);
        Set<LocalDate> lateVisitDays = new HashSet<>();
        Set<String> flags = new LinkedHashSet<>();
        int breaches = 0;
        for (Regime regime : Regime.values()) {
            PeriodicResult periodic = periodic(result, regime);
            if (periodic == null) {
                continue;
            }
            VisitStatus status = VisitStatus.of(periodic.status());
            LocalDate due = periodic.nextDueDate();
            if (regime == Regime.PF && result.privateFosteringInitialVisit() != null) {
                DayDeadlineResult initial = result.privateFosteringInitialVisit();
                if (initial.doneOn() == null) {
                    status = VisitStatus.of(initial.status());
                    due = initial.deadline();
                } else if (initial.status() == Status.LATE) {
                    lateVisitDays.add(initial.doneOn());
                    breaches++;
                }
                initial.flags().forEach(f -> flags.add(f.code()));
            }
            regimes.put(regime, new ChildSnapshot.RegimeStatus(status, due));
            for (Breach breach : periodic.breaches()) {
                breaches++;
                breach.met().ifPresent(lateVisitDays::add);
            }
            for (Flag flag : periodic.flags()) {
                flags.add(flag.code());
            }
        }
        VisitStatus worst = VisitStatus.NONE;
        LocalDate nextDue = null;
        int daysOverdue = 0;
        for (ChildSnapshot.RegimeStatus r : regimes.values()) {
            worst = worst.worse(r.status());
            nextDue = nextDue == null || r.due().isBefore(nextDue) ? r.due() : nextDue;
            daysOverdue = Math.max(daysOverdue, (int) Math.max(0, today.toEpochDay() - r.due().toEpochDay()));
        }
        List<RhiClock> clocks = clocks(facts, result);
        for (ReturnInterviewResult rhi : result.returnInterviews()) {
            rhi.timing().flags().forEach(f -> flags.add(f.code()));
        }
        MonthCounts months = months(facts, today, !regimes.isEmpty(), lateVisitDays);
        ChildSnapshot snapshot = new ChildSnapshot(facts.childId, facts.teamId, facts.workerId, worst, regimes, nextDue,
                daysOverdue, breaches, List.copyOf(flags), lastVisit(facts, false), lastVisit(facts, true), months, asOf,
                staleAfter(asOf, result, engine), sourceSeq, policyVersion);
        return new Evaluation(result, snapshot, clocks);
    }

    static PeriodicResult periodic(ChildCompliance result, Regime regime) {
        return switch (regime) {
            case CP -> result.childProtectionVisits();
            case CIN -> result.childInNeedVisits();
            case CIC -> result.lookedAfterVisits();
            case PF -> result.privateFosteringVisits();
            case CL -> result.personalAdviserVisits();
        };
    }

    /** The return interview clocks, one per returned episode, in start order (the engine's order). */
    private static List<RhiClock> clocks(ChildFacts facts, ChildCompliance result) {
        List<ChildFacts.MissingRow> episodes = new ArrayList<>(facts.missing);
        episodes.sort(java.util.Comparator.comparing(ChildFacts.MissingRow::wentMissingAt));
        List<ChildFacts.MissingRow> returned = ChildRecords.returned(episodes);
        List<RhiClock> clocks = new ArrayList<>();
        for (int i = 0; i < returned.size() && i < result.returnInterviews().size(); i++) {
            ChildFacts.MissingRow episode = returned.get(i);
            ReturnInterviewResult r = result.returnInterviews().get(i);
            Instant deadline;
            boolean done;
            if (r.timing() instanceof ClockDeadlineResult clock) {
                deadline = clock.deadline();
                done = clock.doneAt() != null;
            } else {
                DayDeadlineResult day = (DayDeadlineResult) r.timing();
                deadline = day.deadline().plusDays(1).atStartOfDay(LondonTime.ZONE).toInstant();
                done = day.doneOn() != null;
            }
            Status status = r.status();
            done = done || status == Status.COMPLIANT || status == Status.SUPERSEDED || status == Status.LATE;
            clocks.add(new RhiClock(episode.id(), facts.childId, facts.teamId, facts.workerId, episode.returnedAt(), deadline,
                    status.code(), r.offeredInTime(), r.completedInTime(), done));
        }
        return clocks;
    }

    private static MonthCounts months(ChildFacts facts, LocalDate today, boolean hasRegime, Set<LocalDate> lateVisitDays) {
        MonthCounts months = new MonthCounts();
        YearMonth first = YearMonth.from(today).minusMonths(MONTHS_KEPT - 1L);
        for (ChildFacts.VisitRow v : facts.visits) {
            if (!"statutory".equals(v.type())) {
                continue;
            }
            LocalDate day = LondonTime.dateOf(v.occurredAt());
            YearMonth month = YearMonth.from(day);
            if (month.isBefore(first) || day.isAfter(today)) {
                continue;
            }
            if (!v.seen()) {
                months.add(month, MonthCounts.NOT_SEEN);
                continue;
            }
            months.add(month, MonthCounts.SEEN);
            if (v.seenAlone()) {
                months.add(month, MonthCounts.SEEN_ALONE);
            }
            if (hasRegime) {
                months.add(month, lateVisitDays.contains(day) ? MonthCounts.LATE : MonthCounts.IN_TIME);
            }
        }
        return months;
    }

    private static Instant lastVisit(ChildFacts facts, boolean seenAloneOnly) {
        Instant last = null;
        for (ChildFacts.VisitRow v : facts.visits) {
            if (seenAloneOnly && !(v.seen() && v.seenAlone())) {
                continue;
            }
            if (last == null || v.occurredAt().isAfter(last)) {
                last = v.occurredAt();
            }
        }
        return last;
    }

    /** The next London midnight, or an earlier moment at which a return interview clock turns due soon or overdue. */
    private static Instant staleAfter(Instant asOf, ChildCompliance result, ComplianceEngine engine) {
        Instant stale = nextMidnight(asOf);
        java.time.Duration dueSoon = engine.policy().returnInterviews().dueSoon().clock();
        for (ReturnInterviewResult r : result.returnInterviews()) {
            if (r.timing() instanceof ClockDeadlineResult clock && clock.doneAt() == null) {
                for (Instant moment : List.of(clock.deadline().minus(dueSoon), clock.deadline().plusNanos(1))) {
                    if (moment.isAfter(asOf) && moment.isBefore(stale)) {
                        stale = moment;
                    }
                }
            }
        }
        return stale;
    }

    static Instant nextMidnight(Instant asOf) {
        ZonedDateTime london = asOf.atZone(LondonTime.ZONE);
        return london.toLocalDate().plusDays(1).atStartOfDay(LondonTime.ZONE).toInstant();
    }
}
