package org.doorstep.compliance.careleavers;

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
import org.doorstep.compliance.time.Interval;
import org.doorstep.compliance.time.LondonTime;
import org.doorstep.compliance.visits.VisitLog;

/**
 * {@code cl_pa_visit}: Care Leavers (England) Regs 2010 reg 8(2). The personal adviser visits within 7 days
 * of the accommodation first being provided, before each pathway plan review, and then at most every
 * 2 months. A scheduled review brings the due date forward when it comes before the interval ends.
 * Immutable and thread-safe.
 */
public final class PersonalAdviserVisitRule {
    private final WorkingDayCalendar calendar;
    private final CareLeaverPolicy policy;

    public PersonalAdviserVisitRule(WorkingDayCalendar calendar, CareLeaverPolicy policy) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * The status at {@code asOf}.
     *
     * @throws IllegalArgumentException for accommodation that is not s.23B / s.24B when the policy sets no
     *                                  {@code otherAccommodationInterval}
     */
    public PeriodicResult evaluate(CareLeaverAccommodation accommodation, VisitLog visits, Instant asOf) {
        Interval first;
        Interval then;
        if (accommodation.basis().hasStatutoryVisits()) {
            first = policy.firstVisitWindow();
            then = policy.interval();
        } else if (policy.otherAccommodationInterval() != null) {
            first = policy.otherAccommodationInterval();
            then = policy.otherAccommodationInterval();
        } else {
            throw new IllegalArgumentException("accommodation that is not s23B or s24B has no statutory visiting "
                    + "interval: set the pathway plan's contact frequency as the policy's otherAccommodationInterval");
        }
        long[] reviews = accommodation.pathwayPlanReviewDates().stream().mapToLong(LocalDate::toEpochDay).toArray();
        LocalDate start = accommodation.firstProvidedDate();
        LocalDate asOfDate = LondonTime.dateOf(asOf);
        LocalDate end = accommodation.endDate();
        LocalDate evaluationDate = end != null && end.isBefore(asOfDate) ? end : asOfDate;
        int[] days = visits.qualifyingDays(start, evaluationDate, asOf, policy.requireSeenAloneForFrequency());
        List<Breach> breaches = new ArrayList<>(0);
        OpenInterval open = PeriodicEvaluator.walk(start, days, (anchor, startEvent) ->
                Math.min((startEvent ? first : then).dueDay(anchor, calendar, policy.counting()), firstAfter(reviews, anchor)),
                accommodation.evaluateFrom(), breaches);
        List<Flag> flags = visits.flags(start, end != null ? end : LocalDate.MAX, asOf, null);
        return PeriodicEvaluator.result(open, evaluationDate, then.isWorkingDays(), calendar, policy.dueSoon(),
                breaches, flags);
    }

    /** The first review after {@code day}, or {@code Long.MAX_VALUE} when none is scheduled. */
    private static long firstAfter(long[] sortedReviews, long day) {
        for (long review : sortedReviews) {
            if (review > day) {
                return review;
            }
        }
        return Long.MAX_VALUE;
    }
}
