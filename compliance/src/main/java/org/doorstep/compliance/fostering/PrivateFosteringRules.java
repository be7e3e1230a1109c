package org.doorstep.compliance.fostering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.doorstep.compliance.calendar.WorkingDayCalendar;
import org.doorstep.compliance.oneoff.Deadlines;
import org.doorstep.compliance.periodic.OpenInterval;
import org.doorstep.compliance.periodic.PeriodicEvaluator;
import org.doorstep.compliance.result.Breach;
import org.doorstep.compliance.result.DayDeadlineResult;
import org.doorstep.compliance.result.Flag;
import org.doorstep.compliance.result.PeriodicResult;
import org.doorstep.compliance.time.LondonTime;
import org.doorstep.compliance.visits.VisitLog;

/**
 * {@code pf_initial_visit} (reg 4(1), 7(1): within 7 working days of the notification) and
 * {@code pf_visit_interval} (reg 8: 6 weeks in the first year, 12 weeks after, from the day the council
 * became aware). Immutable and thread-safe.
 */
public final class PrivateFosteringRules {
    private final WorkingDayCalendar calendar;
    private final PrivateFosteringPolicy policy;

    public PrivateFosteringRules(WorkingDayCalendar calendar, PrivateFosteringPolicy policy) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** The first visit: done by the first qualifying visit on or after the notification. */
    public DayDeadlineResult initialVisit(PrivateFosteringArrangement arrangement, VisitLog visits, Instant asOf) {
        LocalDate start = arrangement.initialVisitStart();
        LocalDate asOfDate = LondonTime.dateOf(asOf);
        LocalDate to = lastDay(arrangement, asOfDate);
        int[] days = visits.qualifyingDays(start, to, asOf, policy.requireSeenAloneForFrequency());
        LocalDate doneOn = days.length > 0 ? LocalDate.ofEpochDay(days[0]) : null;
        List<Flag> flags = visits.flags(start, flagsTo(arrangement), asOf, null);
        return Deadlines.byDay(start, policy.initialVisitWindow(), doneOn, to, calendar, policy.counting(),
                policy.dueSoon(), flags);
    }

    /** The ongoing visits; the London date of the visit that opens an interval decides year 1 or later (C13). */
    public PeriodicResult visitInterval(PrivateFosteringArrangement arrangement, VisitLog visits, Instant asOf) {
        LocalDate start = arrangement.arrangementStart();
        long anniversary = start.plusMonths(12).toEpochDay();
        LocalDate evaluationDate = lastDay(arrangement, LondonTime.dateOf(asOf));
        int[] days = visits.qualifyingDays(start, evaluationDate, asOf, policy.requireSeenAloneForFrequency());
        List<Breach> breaches = new ArrayList<>(0);
        OpenInterval open = PeriodicEvaluator.walk(start, days,
                (anchor, startEvent) -> (anchor < anniversary ? policy.yearOneInterval() : policy.laterInterval())
                        .dueDay(anchor, calendar, policy.counting()),
                arrangement.evaluateFrom(), breaches);
        List<Flag> flags = visits.flags(start, flagsTo(arrangement), asOf, null);
        boolean workingDays = policy.yearOneInterval().isWorkingDays() && policy.laterInterval().isWorkingDays();
        return PeriodicEvaluator.result(open, evaluationDate, workingDays, calendar, policy.dueSoon(), breaches, flags);
    }

    private static LocalDate lastDay(PrivateFosteringArrangement a, LocalDate asOfDate) {
        return a.endDate() != null && a.endDate().isBefore(asOfDate) ? a.endDate() : asOfDate;
    }

    private static LocalDate flagsTo(PrivateFosteringArrangement a) {
        return a.endDate() != null ? a.endDate() : LocalDate.MAX;
    }
}
