package org.doorstep.compliance.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.doorstep.compliance.calendar.WorkingDayCalendar;
import org.doorstep.compliance.periodic.OpenInterval;
import org.doorstep.compliance.periodic.PeriodicEvaluator;
import org.doorstep.compliance.result.Breach;
import org.doorstep.compliance.result.Flag;
import org.doorstep.compliance.result.PeriodicResult;
import org.doorstep.compliance.time.LondonTime;
import org.doorstep.compliance.visits.VisitLog;

/**
 * {@code cp_visit} and {@code cin_visit}: the child must be seen at least once per the council's interval,
 * counted from the plan start and then from each qualifying visit. Immutable and thread-safe.
 */
public final class PlanVisitRule {
    private final WorkingDayCalendar calendar;
    private final PlanVisitPolicy policy;

    public PlanVisitRule(WorkingDayCalendar calendar, PlanVisitPolicy policy) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * The plan's status at {@code asOf}. Once the plan has ended, it is evaluated as it stood on its end date.
     *
     * @param visits the child's visits; those outside the plan are ignored
     */
    public PeriodicResult evaluate(Plan plan, VisitLog visits, Instant asOf) {
        LocalDate asOfDate = LondonTime.dateOf(asOf);
        LocalDate end = plan.endDate();
        LocalDate evaluationDate = end != null && end.isBefore(asOfDate) ? end : asOfDate;
        int[] days = visits.qualifyingDays(plan.startDate(), evaluationDate, asOf,
                policy.requireSeenAloneForFrequency());
        List<Breach> breaches = new ArrayList<>(0);
        OpenInterval open = PeriodicEvaluator.walk(plan.startDate(), days,
                (anchor, startEvent) -> policy.interval().dueDay(anchor, calendar, policy.counting()),
                plan.evaluateFrom(), breaches);
        List<Flag> flags = visits.flags(plan.startDate(), end != null ? end : LocalDate.MAX, asOf, null);
        return PeriodicEvaluator.result(open, evaluationDate, policy.interval().isWorkingDays(), calendar,
                policy.dueSoon(), breaches, flags);
    }
}
