package org.doorstep.mobile.caseload;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.doorstep.compliance.engine.ChildCompliance;
import org.doorstep.compliance.missing.ReturnInterviewResult;
import org.doorstep.compliance.result.ClockDeadlineResult;
import org.doorstep.compliance.result.DayDeadlineResult;
import org.doorstep.compliance.result.OneOffResult;
import org.doorstep.compliance.result.PeriodicResult;
import org.doorstep.compliance.result.Status;
import org.doorstep.compliance.time.LondonTime;

/**
 * Reads a child's rule results as the caseload shows them: the badge, the next thing due and when, and a
 * running return-interview clock. Every open obligation is a candidate: each periodic rule's next visit, a
 * first private fostering visit not yet made, each return interview not yet held, refused or decided against.
 */
final class DueDates {
    /** Something due by a date, under one rule. */
    record Due(Status status, LocalDate date, String what) {
    }

    /** What the caseload shows for one child. */
    record Reading(Badge badge, Due next, ReturnClock interviewClock) {
    }

    private DueDates() {
    }

    static Reading read(ChildCompliance result, Instant asOf) {
        List<Due> open = new ArrayList<>();
        periodic(open, result.childProtectionVisits(), "child protection visit");
        periodic(open, result.childInNeedVisits(), "child in need visit");
        periodic(open, result.lookedAfterVisits(), "looked-after child visit");
        periodic(open, result.privateFosteringVisits(), "private fostering visit");
        periodic(open, result.personalAdviserVisits(), "personal adviser visit");
        DayDeadlineResult firstFostering = result.privateFosteringInitialVisit();
        if (firstFostering != null && firstFostering.doneOn() == null && isOpen(firstFostering.status())) {
            open.add(new Due(firstFostering.status(), firstFostering.deadline(), "first private fostering visit"));
        }
        ReturnClock clock = null;
        for (ReturnInterviewResult interview : result.returnInterviews()) {
            OneOffResult timing = interview.timing();
            if (!isOpen(timing.status())) {
                continue;
            }
            Instant deadline = deadline(timing);
            open.add(new Due(timing.status(), LondonTime.dateOf(deadline.minusNanos(1)), "return interview"));
            Duration left = Duration.between(asOf, deadline);
            ReturnClock candidate = new ReturnClock(left.isNegative() ? ReturnClock.Kind.INTERVIEW_OVERDUE
                    : ReturnClock.Kind.INTERVIEW_DUE, deadline, left);
            if (clock == null || candidate.at().isBefore(clock.at())) {
                clock = candidate;
            }
        }
        boolean anyRule = !result.statuses().isEmpty();
        Due next = open.stream().min(Comparator.comparing(Due::date)).orElse(null);
        return new Reading(badge(anyRule, open, next), next, clock);
    }

    private static Badge badge(boolean anyRule, List<Due> open, Due next) {
        if (!anyRule) {
            return Badge.NO_RULE;
        }
        if (open.stream().anyMatch(d -> d.status() == Status.OVERDUE)) {
            return Badge.OVERDUE;
        }
        if (open.stream().anyMatch(d -> d.status() == Status.DUE_SOON)) {
            return Badge.DUE_SOON;
        }
        return next != null && next.status() == Status.NOT_YET_DUE ? Badge.NOT_YET_DUE : Badge.OK;
    }

    private static void periodic(List<Due> open, PeriodicResult result, String what) {
        if (result != null) {
            open.add(new Due(result.status(), result.nextDueDate(), what));
        }
    }

    private static boolean isOpen(Status status) {
        return status == Status.OVERDUE || status == Status.DUE_SOON || status == Status.NOT_YET_DUE;
    }

    /** The instant the obligation runs out: a clock deadline, or the end of a day deadline (London). */
    private static Instant deadline(OneOffResult timing) {
        if (timing instanceof ClockDeadlineResult clock) {
            return clock.deadline();
        }
        LocalDate day = ((DayDeadlineResult) timing).deadline();
        return day.plusDays(1).atStartOfDay(LondonTime.ZONE).toInstant();
    }
}
