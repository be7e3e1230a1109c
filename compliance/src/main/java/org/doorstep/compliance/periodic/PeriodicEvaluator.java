package org.doorstep.compliance.periodic;

import java.time.LocalDate;
import java.util.List;
import org.doorstep.compliance.calendar.WorkingDayCalendar;
import org.doorstep.compliance.result.Breach;
import org.doorstep.compliance.result.Flag;
import org.doorstep.compliance.result.PeriodicResult;
import org.doorstep.compliance.result.Status;
import org.doorstep.compliance.time.DueSoonThresholds;

/**
 * The shared engine of every periodic rule (C9, C13, C14): walk an episode's qualifying visits from its
 * start event, note each gap that closed after its due date, and report the interval still open.
 */
public final class PeriodicEvaluator {
    private PeriodicEvaluator() {
    }

    /**
     * Walks one episode.
     *
     * @param start        the start event (day 0 of the first interval)
     * @param days         London epoch days of qualifying visits, sorted, unique, none before {@code start}
     * @param schedule     the interval that each anchor opens
     * @param evaluateFrom breaches are kept only for intervals opening on or after this day (C14); may be null
     * @param breaches     receives the breaches found, oldest first
     * @return the interval open after the last visit
     */
    public static OpenInterval walk(LocalDate start, int[] days, IntervalSchedule schedule, LocalDate evaluateFrom,
                                    List<Breach> breaches) {
        long from = evaluateFrom == null ? Long.MIN_VALUE : evaluateFrom.toEpochDay();
        long anchor = start.toEpochDay();
        long due = schedule.dueAfter(anchor, true);
        for (int day : days) {
            if (day > due && anchor >= from) {
                breaches.add(new Breach(LocalDate.ofEpochDay(anchor), LocalDate.ofEpochDay(due), LocalDate.ofEpochDay(day)));
            }
            anchor = day;
            due = schedule.dueAfter(day, false);
        }
        return new OpenInterval(LocalDate.ofEpochDay(anchor), LocalDate.ofEpochDay(due));
    }

    /**
     * Ends an episode that is over (a previous placement): if its open interval fell due on or before the
     * episode's last day, it is a breach that no visit met.
     */
    public static void close(OpenInterval open, LocalDate lastDay, LocalDate evaluateFrom, List<Breach> breaches) {
        if (!open.due().isAfter(lastDay) && isAssessed(open.anchor(), evaluateFrom)) {
            breaches.add(new Breach(open.anchor(), open.due(), null));
        }
    }

    /**
     * The current status from the open interval (C9, C11, C12).
     *
     * @param evaluationDate the London date of the evaluation moment (or the episode's end, if earlier)
     */
    public static PeriodicResult result(OpenInterval open, LocalDate evaluationDate, boolean workingDayRule,
                                        WorkingDayCalendar calendar, DueSoonThresholds dueSoon,
                                        List<Breach> breaches, List<Flag> flags) {
        LocalDate due = open.due();
        int days = (int) (due.toEpochDay() - evaluationDate.toEpochDay());
        int workingDays = calendar.workingDaysBetween(evaluationDate, due);
        Status status;
        if (days < 0) {
            status = Status.OVERDUE;
        } else if (workingDayRule ? workingDays <= dueSoon.workingDays() : days <= dueSoon.calendarDays()) {
            status = Status.DUE_SOON;
        } else {
            status = Status.COMPLIANT;
        }
        return new PeriodicResult(status, due, workingDayRule, days, workingDays, breaches, flags);
    }

    private static boolean isAssessed(LocalDate anchor, LocalDate evaluateFrom) {
        return evaluateFrom == null || !anchor.isBefore(evaluateFrom);
    }
}
