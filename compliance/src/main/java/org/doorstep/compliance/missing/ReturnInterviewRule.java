package org.doorstep.compliance.missing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.doorstep.compliance.calendar.WorkingDayCalendar;
import org.doorstep.compliance.oneoff.Deadlines;
import org.doorstep.compliance.result.ClockDeadlineResult;
import org.doorstep.compliance.result.DayDeadlineResult;
import org.doorstep.compliance.result.Flag;
import org.doorstep.compliance.result.OneOffResult;
import org.doorstep.compliance.result.Status;
import org.doorstep.compliance.time.LondonTime;

/**
 * {@code rhi}: an independent return interview offered, and carried out or declined, within 72 clock hours
 * of the child's return (C6: real elapsed time, inclusive; weekends and bank holidays run). Events dated
 * after the evaluation moment are ignored and flagged. Immutable and thread-safe.
 */
public final class ReturnInterviewRule {
    private final WorkingDayCalendar calendar;
    private final ReturnInterviewPolicy policy;

    public ReturnInterviewRule(WorkingDayCalendar calendar, ReturnInterviewPolicy policy) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** One episode on its own. */
    public ReturnInterviewResult evaluate(MissingEpisode episode, ReturnInterview interview, Instant asOf) {
        boolean future = isAfter(episode.returnedAt(), asOf) || isAfter(interview.offeredAt(), asOf)
                || isAfter(interview.completedAt(), asOf) || isAfter(interview.declinedAt(), asOf);
        Instant offered = happened(interview.offeredAt(), asOf);
        Instant completed = happened(interview.completedAt(), asOf);
        Instant declined = happened(interview.declinedAt(), asOf);
        List<Flag> flags = future ? List.of(Flag.EVENT_FUTURE_DATED) : List.of();

        Instant offerTime = offered != null ? offered : completed; // an interview carried out was offered
        Instant doneAt = doneAt(offerTime, completed, declined);
        boolean notRequired = interview.outcome() == RhiOutcome.NOT_REQUIRED;
        OneOffResult timing = Deadlines.of(episode.returnedAt(), policy.window(), notRequired ? null : doneAt, asOf,
                calendar, policy.counting(), policy.dueSoon(), flags);
        if (notRequired) {
            timing = withStatus(timing, Status.COMPLIANT);
        }

        Boolean offeredInTime;
        Boolean completedInTime;
        Duration margin = null;
        if (timing instanceof ClockDeadlineResult) {
            Instant deadline = ((ClockDeadlineResult) timing).deadline();
            boolean passed = asOf.isAfter(deadline);
            offeredInTime = kpi(offerTime == null ? null : !offerTime.isAfter(deadline), passed);
            completedInTime = kpi(completed == null ? null : !completed.isAfter(deadline), passed);
            if (timing.status() == Status.COMPLIANT && completed != null && !completed.isAfter(deadline)) {
                margin = Duration.between(completed, deadline);
            }
        } else {
            LocalDate deadline = ((DayDeadlineResult) timing).deadline();
            boolean passed = LondonTime.dateOf(asOf).isAfter(deadline);
            offeredInTime = kpi(offerTime == null ? null : !LondonTime.dateOf(offerTime).isAfter(deadline), passed);
            completedInTime = kpi(completed == null ? null : !LondonTime.dateOf(completed).isAfter(deadline), passed);
        }
        return new ReturnInterviewResult(timing, offeredInTime, completedInTime, interview.outcome(), completed, margin);
    }

    /**
     * Every episode of a child, in start order, applying the repeat-episode policy.
     *
     * @return one result per episode, in the same order
     */
    public List<ReturnInterviewResult> evaluateAll(List<MissingRecord> records, Instant asOf) {
        List<ReturnInterviewResult> results = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            MissingRecord r = records.get(i);
            ReturnInterviewResult result = evaluate(r.episode(), r.interview(), asOf);
            if (policy.repeatEpisodes() == RepeatEpisodePolicy.COMBINE_IF_MISSING_AGAIN_BEFORE_DEADLINE
                    && i + 1 < records.size() && supersededBy(result, records.get(i + 1).episode().start(), asOf)) {
                result = new ReturnInterviewResult(withStatus(result.timing(), Status.SUPERSEDED), result.offeredInTime(),
                        result.completedInTime(), result.outcome(), result.completedAt(), null);
            }
            results.add(result);
        }
        return results;
    }

    /** The earliest moment the policy's measure was met, or null. */
    private Instant doneAt(Instant offerTime, Instant completed, Instant declined) {
        switch (policy.measure()) {
            case OFFER:
                return offerTime;
            case COMPLETED:
                return completed;
            default:
                Instant resolved = earliest(completed, declined);
                if (offerTime == null || resolved == null) {
                    return null; // a refusal counts only with the offer recorded
                }
                return offerTime.isAfter(resolved) ? offerTime : resolved;
        }
    }

    /** True when the child went missing again before the deadline and before the obligation was met. */
    private static boolean supersededBy(ReturnInterviewResult result, Instant nextStart, Instant asOf) {
        if (nextStart.isAfter(asOf)) {
            return false;
        }
        OneOffResult t = result.timing();
        if (t instanceof ClockDeadlineResult) {
            ClockDeadlineResult c = (ClockDeadlineResult) t;
            return nextStart.isBefore(c.deadline()) && (c.doneAt() == null || c.doneAt().isAfter(nextStart))
                    && result.outcome() != RhiOutcome.NOT_REQUIRED;
        }
        DayDeadlineResult d = (DayDeadlineResult) t;
        LocalDate next = LondonTime.dateOf(nextStart);
        return !next.isAfter(d.deadline()) && (d.doneOn() == null || d.doneOn().isAfter(next))
                && result.outcome() != RhiOutcome.NOT_REQUIRED;
    }

    private static OneOffResult withStatus(OneOffResult t, Status status) {
        if (t instanceof ClockDeadlineResult) {
            ClockDeadlineResult c = (ClockDeadlineResult) t;
            return new ClockDeadlineResult(status, c.deadline(), null, c.toDeadline(), c.flags());
        }
        DayDeadlineResult d = (DayDeadlineResult) t;
        return new DayDeadlineResult(status, d.deadline(), d.workingDayRule(), null, d.days(), d.workingDays(), d.flags());
    }

    private static Boolean kpi(Boolean inTime, boolean deadlinePassed) {
        if (inTime != null) {
            return inTime;
        }
        return deadlinePassed ? Boolean.FALSE : null;
    }

    private static boolean isAfter(Instant at, Instant asOf) {
        return at != null && at.isAfter(asOf);
    }

    private static Instant happened(Instant at, Instant asOf) {
        return at == null || at.isAfter(asOf) ? null : at;
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }
}
