package org.doorstep.compliance.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.doorstep.compliance.calendar.WorkingDayCalendar;
import org.doorstep.compliance.periodic.IntervalSchedule;
import org.doorstep.compliance.periodic.OpenInterval;
import org.doorstep.compliance.periodic.PeriodicEvaluator;
import org.doorstep.compliance.result.Breach;
import org.doorstep.compliance.result.Flag;
import org.doorstep.compliance.result.PeriodicResult;
import org.doorstep.compliance.time.Interval;
import org.doorstep.compliance.time.LondonTime;
import org.doorstep.compliance.visits.VisitLog;

/**
 * {@code cic_visit}: CPPCR 2010 reg 28 visits to a looked-after child. Every placement restarts the
 * rule; the status is that of the current (last) placement, and breaches cover every placement.
 * The day of the visit that opens an interval decides which interval applies (C13). A council's stricter
 * local interval, if set, is checked alongside: the earlier due date wins. Immutable and thread-safe.
 */
public final class CicVisitRule {
    /** The reasons reg 29 (a)-(c) allows for not speaking to a looked-after child in private. */
    public static final Set<String> REG29_REASONS = Set.of("child_refused", "inappropriate_age_understanding", "unable");

    private static final Interval ONE_WEEK = Interval.calendarDays(7);
    private static final Interval SIX_WEEKS = Interval.calendarDays(42);
    private static final Interval FOUR_WEEKS = Interval.calendarDays(28);
    private static final Interval THREE_MONTHS = Interval.months(3);

    private final WorkingDayCalendar calendar;
    private final CicPolicy policy;

    public CicVisitRule(WorkingDayCalendar calendar, CicPolicy policy) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * The status at {@code asOf}.
     *
     * @param placements   the child's placements in start order; the last that has started is current
     * @param evaluateFrom gaps opening before this day are not assessed (C14); may be null
     * @throws IllegalArgumentException if there are no placements or they are not in start order
     */
    public PeriodicResult evaluate(List<Placement> placements, LocalDate evaluateFrom, VisitLog visits, Instant asOf) {
        if (placements.isEmpty()) {
            throw new IllegalArgumentException("a looked-after child needs at least one placement");
        }
        for (int i = 1; i < placements.size(); i++) {
            if (!placements.get(i).start().isAfter(placements.get(i - 1).start())) {
                throw new IllegalArgumentException("placements must be in start order: placement " + i
                        + " starts " + placements.get(i).start() + ", not after " + placements.get(i - 1).start());
            }
        }
        LocalDate asOfDate = LondonTime.dateOf(asOf);
        int current = 0;
        while (current + 1 < placements.size() && !placements.get(current + 1).start().isAfter(asOfDate)) {
            current++;
        }
        List<Breach> breaches = new ArrayList<>(0);
        for (int i = 0; i < current; i++) {
            Placement p = placements.get(i);
            LocalDate lastDay = placements.get(i + 1).start().minusDays(1);
            if (p.end() != null && p.end().isBefore(lastDay)) {
                lastDay = p.end();
            }
            int[] days = visits.qualifyingDays(p.start(), lastDay, asOf, policy.requireSeenAloneForFrequency());
            OpenInterval open = PeriodicEvaluator.walk(p.start(), days, schedule(p), evaluateFrom, breaches);
            PeriodicEvaluator.close(open, lastDay, evaluateFrom, breaches);
        }
        Placement p = placements.get(current);
        LocalDate evaluationDate = p.end() != null && p.end().isBefore(asOfDate) ? p.end() : asOfDate;
        int[] days = visits.qualifyingDays(p.start(), evaluationDate, asOf, policy.requireSeenAloneForFrequency());
        OpenInterval open = PeriodicEvaluator.walk(p.start(), days, schedule(p), evaluateFrom, breaches);
        LocalDate flagsTo = p.end() != null ? p.end() : LocalDate.MAX;
        List<Flag> flags = visits.flags(placements.get(0).start(), flagsTo, asOf, REG29_REASONS);
        return PeriodicEvaluator.result(open, evaluationDate, false, calendar, policy.dueSoon(), breaches, flags);
    }

    private IntervalSchedule schedule(Placement p) {
        IntervalSchedule statutory = statutorySchedule(p);
        Interval local = policy.localInterval();
        if (local == null) {
            return statutory;
        }
        return (anchor, start) -> Math.min(statutory.dueAfter(anchor, start), add(local, anchor));
    }

    private IntervalSchedule statutorySchedule(Placement p) {
        long anniversary = p.firstAnniversary().toEpochDay();
        long firstReview = p.firstReviewDate() == null ? Long.MAX_VALUE : p.firstReviewDate().toEpochDay();
        switch (p.type()) {
            case WITH_PARENT_REG19:
                return (anchor, start) -> start ? add(ONE_WEEK, anchor)
                        : anchor < firstReview ? weekly(anchor) : add(SIX_WEEKS, anchor);
            case CONNECTED_PERSON_REG24:
            case ICO_WITH_PARENT:
                return (anchor, start) -> start ? add(ONE_WEEK, anchor)
                        : anchor < firstReview ? weekly(anchor) : add(FOUR_WEEKS, anchor);
            case CARE_ORDER_WITH_PARENT:
                return (anchor, start) -> add(start ? ONE_WEEK : SIX_WEEKS, anchor);
            case OTHER_ARRANGEMENTS:
                return (anchor, start) -> start ? add(ONE_WEEK, anchor)
                        : add(anchor < anniversary ? SIX_WEEKS : THREE_MONTHS, anchor);
            default:
                long longTermFor12Months = p.longTermFosterFrom() == null || p.childAgreedFrom() == null ? Long.MAX_VALUE
                        : Math.max(p.longTermFosterFrom().plusMonths(12).toEpochDay(), p.childAgreedFrom().toEpochDay());
                long intendedUntil18 = p.intendedUntil18From() == null ? Long.MAX_VALUE : p.intendedUntil18From().toEpochDay();
                return (anchor, start) -> start ? add(ONE_WEEK, anchor)
                        : add(generalInterval(anchor, anniversary, longTermFor12Months, intendedUntil18), anchor);
        }
    }

    /**
     * Reg 28(2) and (3A) for a visit on {@code anchor}: 6 weeks in the first year; then 6 months once the child
     * has been in a long-term foster placement for a year and agreed, 3 months when the placement is intended
     * to last until 18, otherwise 6 weeks.
     */
    private Interval generalInterval(long anchor, long anniversary, long longTermFor12Months, long intendedUntil18) {
        if (anchor < anniversary) {
            return SIX_WEEKS;
        }
        if (anchor >= longTermFor12Months) {
            return policy.longTermFosterInterval();
        }
        if (anchor >= intendedUntil18) {
            return policy.intendedUntil18Interval();
        }
        return SIX_WEEKS;
    }

    private long weekly(long anchor) {
        if (policy.weeklyVisits() == WeeklyVisits.CALENDAR_WEEK) {
            long mondayIndex = Math.floorMod(anchor + 3, 7L); // 0 = Monday ... 6 = Sunday (epoch day 0 was a Thursday)
            return anchor + (6 - mondayIndex) + 7;
        }
        return add(ONE_WEEK, anchor);
    }

    private long add(Interval interval, long anchor) {
        return interval.dueDay(anchor, calendar, policy.counting());
    }
}
