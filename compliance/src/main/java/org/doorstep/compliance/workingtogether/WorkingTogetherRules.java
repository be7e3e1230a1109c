package org.doorstep.compliance.workingtogether;

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
import org.doorstep.compliance.result.Flag;
import org.doorstep.compliance.result.OneOffResult;
import org.doorstep.compliance.result.PeriodicResult;
import org.doorstep.compliance.time.Interval;
import org.doorstep.compliance.time.LondonTime;

/**
 * The Working Together timescales: {@code wt_assessment}, {@code wt_icpc}, {@code wt_rcpc} and
 * {@code wt_strategy_discussion}. Events dated after the evaluation moment are ignored and flagged
 * {@link Flag#EVENT_FUTURE_DATED}. Immutable and thread-safe.
 */
public final class WorkingTogetherRules {
    private final WorkingDayCalendar calendar;
    private final WorkingTogetherPolicy policy;

    public WorkingTogetherRules(WorkingDayCalendar calendar, WorkingTogetherPolicy policy) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Assessment concluded and authorised within 45 working days of the point of referral. */
    public OneOffResult assessment(Instant referralReceivedAt, Instant assessmentAuthorisedAt, Instant asOf) {
        return oneOff(referralReceivedAt, policy.assessmentWindow(), assessmentAuthorisedAt, asOf);
    }

    /**
     * Initial child protection conference within 15 working days of the last strategy discussion held before it.
     *
     * @throws IllegalArgumentException when no strategy discussion precedes the evaluation moment (or the ICPC),
     *                                  or, counting from the s.47 decision, none is marked as that decision
     */
    public OneOffResult icpc(List<StrategyDiscussion> discussions, Instant icpcHeldAt, Instant asOf) {
        Instant limit = icpcHeldAt != null && icpcHeldAt.isBefore(asOf) ? icpcHeldAt : asOf;
        StrategyDiscussion from = null;
        for (StrategyDiscussion d : discussions) {
            boolean eligible = !d.at().isAfter(limit)
                    && (policy.icpcCountFrom() == IcpcCountFrom.LAST_STRATEGY_DISCUSSION || d.s47Decision());
            if (eligible && (from == null || d.at().isAfter(from.at()))) {
                from = d;
            }
        }
        if (from == null) {
            throw new IllegalArgumentException(policy.icpcCountFrom() == IcpcCountFrom.S47_DECISION
                    ? "no strategy discussion marked as the s.47 decision was held before the ICPC"
                    : "no strategy discussion was held before the ICPC");
        }
        return oneOff(from.at(), policy.icpcWindow(), icpcHeldAt, asOf);
    }

    /** Strategy discussion held within the local window (default 24 clock hours) of the trigger. */
    public OneOffResult strategyDiscussion(Instant triggerAt, Instant strategyDiscussionAt, Instant asOf) {
        return oneOff(triggerAt, policy.strategyDiscussionWindow(), strategyDiscussionAt, asOf);
    }

    /**
     * Review conferences: the first within 3 months of the ICPC, then not more than 6 months apart.
     *
     * @param planEndDate  the CP plan's end, after which reviews stop; may be null
     * @param evaluateFrom gaps opening before this day are not assessed (C14); may be null
     */
    public PeriodicResult reviewConferences(LocalDate icpcDate, List<LocalDate> reviews, LocalDate planEndDate,
                                            LocalDate evaluateFrom, Instant asOf) {
        LocalDate asOfDate = LondonTime.dateOf(asOf);
        LocalDate evaluationDate = planEndDate != null && planEndDate.isBefore(asOfDate) ? planEndDate : asOfDate;
        int[] days = reviews.stream().filter(d -> !d.isBefore(icpcDate) && !d.isAfter(evaluationDate))
                .mapToInt(d -> (int) d.toEpochDay()).sorted().distinct().toArray();
        List<Breach> breaches = new ArrayList<>(0);
        OpenInterval open = PeriodicEvaluator.walk(icpcDate, days,
                (anchor, startEvent) -> (startEvent ? policy.firstReview() : policy.reviewInterval())
                        .dueDay(anchor, calendar, policy.counting()),
                evaluateFrom, breaches);
        boolean workingDays = policy.firstReview().isWorkingDays() && policy.reviewInterval().isWorkingDays();
        return PeriodicEvaluator.result(open, evaluationDate, workingDays, calendar, policy.dueSoon(), breaches, List.of());
    }

    private OneOffResult oneOff(Instant start, Interval window, Instant doneAt, Instant asOf) {
        boolean future = start.isAfter(asOf) || (doneAt != null && doneAt.isAfter(asOf));
        Instant done = doneAt != null && !doneAt.isAfter(asOf) ? doneAt : null;
        return Deadlines.of(start, window, done, asOf, calendar, policy.counting(), policy.dueSoon(),
                future ? List.of(Flag.EVENT_FUTURE_DATED) : List.of());
    }
}
