package org.doorstep.compliance.time;

/**
 * How day-based windows are counted (local policy).
 *
 * @param countStartDayInclusive               C4 option, default false: the start day D counts as day 1
 *                                              (for working days only when D is a working day; for calendar
 *                                              windows the deadline is one day earlier). Stricter by one day.
 * @param rollCalendarDeadlineToNextWorkingDay C5 option, default false: a calendar or month deadline that
 *                                              falls on a weekend or bank holiday moves to the next working day.
 */
public record DayCounting(boolean countStartDayInclusive, boolean rollCalendarDeadlineToNextWorkingDay) {
    /** RULES.md defaults: start day excluded, calendar deadlines not moved. */
    public static final DayCounting DEFAULT = new DayCounting(false, false);
}
