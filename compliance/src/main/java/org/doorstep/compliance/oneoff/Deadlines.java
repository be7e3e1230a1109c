package org.doorstep.compliance.oneoff;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.doorstep.compliance.calendar.WorkingDayCalendar;
import org.doorstep.compliance.result.ClockDeadlineResult;
import org.doorstep.compliance.result.DayDeadlineResult;
import org.doorstep.compliance.result.Flag;
import org.doorstep.compliance.result.OneOffResult;
import org.doorstep.compliance.result.Status;
import org.doorstep.compliance.time.DayCounting;
import org.doorstep.compliance.time.DueSoonThresholds;
import org.doorstep.compliance.time.Interval;
import org.doorstep.compliance.time.LondonTime;

/** Status of one-off obligations (C10): done in time, done late, overdue, due soon or not yet due. */
public final class Deadlines {
    private Deadlines() {
    }

    /**
     * A day-window obligation opened on {@code dayZero}.
     *
     * @param doneOn   London date it was done, or {@code null} when not done by the evaluation moment
     * @param asOfDate London date of the evaluation moment
     */
    public static DayDeadlineResult byDay(LocalDate dayZero, Interval window, LocalDate doneOn, LocalDate asOfDate,
                                          WorkingDayCalendar calendar, DayCounting counting,
                                          DueSoonThresholds dueSoon, List<Flag> flags) {
        LocalDate deadline = window.dueDate(dayZero, calendar, counting);
        return onDeadline(deadline, window.isWorkingDays(), doneOn, asOfDate, calendar, dueSoon, flags);
    }

    /** A day obligation whose deadline is already known. */
    public static DayDeadlineResult onDeadline(LocalDate deadline, boolean workingDayRule, LocalDate doneOn,
                                               LocalDate asOfDate, WorkingDayCalendar calendar,
                                               DueSoonThresholds dueSoon, List<Flag> flags) {
        LocalDate reference = doneOn != null ? doneOn : asOfDate;
        int days = (int) (deadline.toEpochDay() - reference.toEpochDay());
        int workingDays = calendar.workingDaysBetween(reference, deadline);
        Status status;
        if (doneOn != null) {
            status = days >= 0 ? Status.COMPLIANT : Status.LATE;
        } else if (days < 0) {
            status = Status.OVERDUE;
        } else {
            int remaining = workingDayRule ? workingDays : days;
            int threshold = workingDayRule ? dueSoon.workingDays() : dueSoon.calendarDays();
            status = remaining <= threshold ? Status.DUE_SOON : Status.NOT_YET_DUE;
        }
        return new DayDeadlineResult(status, deadline, workingDayRule, doneOn, days, workingDays, flags);
    }

    /**
     * A one-off obligation opened at {@code start}, done at {@code doneAt} (or {@code null}): by clock hours
     * for a clock-hour window, otherwise by the London dates of the instants.
     */
    public static OneOffResult of(Instant start, Interval window, Instant doneAt, Instant asOf,
                                  WorkingDayCalendar calendar, DayCounting counting, DueSoonThresholds dueSoon,
                                  List<Flag> flags) {
        if (window.isClockHours()) {
            return byClock(start, window, doneAt, asOf, dueSoon, flags);
        }
        return byDay(LondonTime.dateOf(start), window, doneAt == null ? null : LondonTime.dateOf(doneAt),
                LondonTime.dateOf(asOf), calendar, counting, dueSoon, flags);
    }

    /**
     * A clock-hour obligation opened at {@code start}: deadline = start + N hours of real time, inclusive.
     *
     * @param doneAt when it was done, or {@code null} when not done by the evaluation moment
     */
    public static ClockDeadlineResult byClock(Instant start, Interval window, Instant doneAt, Instant asOf,
                                              DueSoonThresholds dueSoon, List<Flag> flags) {
        Instant deadline = window.deadline(start);
        Duration toDeadline = Duration.between(doneAt != null ? doneAt : asOf, deadline);
        Status status;
        if (doneAt != null) {
            status = toDeadline.isNegative() ? Status.LATE : Status.COMPLIANT;
        } else if (toDeadline.isNegative()) {
            status = Status.OVERDUE;
        } else {
            status = toDeadline.compareTo(dueSoon.clock()) <= 0 ? Status.DUE_SOON : Status.NOT_YET_DUE;
        }
        return new ClockDeadlineResult(status, deadline, doneAt, toDeadline, flags);
    }
}
