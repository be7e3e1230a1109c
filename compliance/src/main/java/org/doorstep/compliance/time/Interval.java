package org.doorstep.compliance.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.doorstep.compliance.calendar.WorkingDayCalendar;

/**
 * A visiting interval or deadline window: a positive count of a unit, e.g. 10 working days.
 *
 * @param value how many units, at least 1
 * @param unit  the unit
 */
public record Interval(int value, IntervalUnit unit) {
    public Interval {
        Objects.requireNonNull(unit, "unit");
        if (value < 1) {
            throw new IllegalArgumentException("an interval must be at least 1 " + unit.code() + ": " + value);
        }
    }

    public static Interval workingDays(int n) {
        return new Interval(n, IntervalUnit.WORKING_DAYS);
    }

    public static Interval calendarDays(int n) {
        return new Interval(n, IntervalUnit.CALENDAR_DAYS);
    }

    public static Interval weeks(int n) {
        return new Interval(n, IntervalUnit.WEEKS);
    }

    public static Interval months(int n) {
        return new Interval(n, IntervalUnit.MONTHS);
    }

    public static Interval clockHours(int n) {
        return new Interval(n, IntervalUnit.CLOCK_HOURS);
    }

    /** True for working-day windows, whose amounts are also reported in working days. */
    public boolean isWorkingDays() {
        return unit == IntervalUnit.WORKING_DAYS;
    }

    /** True for clock-hour windows, which run on instants rather than dates. */
    public boolean isClockHours() {
        return unit == IntervalUnit.CLOCK_HOURS;
    }

    /**
     * The last day of the window that opens on {@code dayZero}: "within N units of D" with D as day 0
     * (C2, C3, C4), adjusted by {@code counting} (C4 inclusive option, C5 roll option).
     *
     * @throws IllegalStateException for a clock-hour interval, which has no day arithmetic
     */
    public LocalDate dueDate(LocalDate dayZero, WorkingDayCalendar calendar, DayCounting counting) {
        return LocalDate.ofEpochDay(dueDay(dayZero.toEpochDay(), calendar, counting));
    }

    /** {@link #dueDate} on epoch days ({@link LocalDate#toEpochDay()}), for hot loops. */
    public long dueDay(long dayZero, WorkingDayCalendar calendar, DayCounting counting) {
        long due;
        switch (unit) {
            case WORKING_DAYS:
                boolean inclusive = counting.countStartDayInclusive() && calendar.isWorkingDay(dayZero);
                return calendar.nthWorkingDayAfter(dayZero, inclusive ? value - 1 : value);
            case CALENDAR_DAYS:
                due = dayZero + value;
                break;
            case WEEKS:
                due = dayZero + 7L * value;
                break;
            case MONTHS:
                // month-end fallback: 31 Dec + 2 months = 28/29 Feb
                due = LocalDate.ofEpochDay(dayZero).plusMonths(value).toEpochDay();
                break;
            default:
                throw new IllegalStateException("a clock-hour window has no due date in days");
        }
        if (counting.countStartDayInclusive()) {
            due--;
        }
        return counting.rollCalendarDeadlineToNextWorkingDay() ? calendar.onOrNextWorkingDay(due) : due;
    }

    /**
     * The deadline instant of a clock-hour window opened at {@code start}: start + N hours of real time,
     * inclusive (C6).
     *
     * @throws IllegalStateException for a day-based interval
     */
    public Instant deadline(Instant start) {
        if (unit != IntervalUnit.CLOCK_HOURS) {
            throw new IllegalStateException("only a clock-hour window has a deadline instant");
        }
        return start.plus(Duration.ofHours(value));
    }

    @Override
    public String toString() {
        return value + " " + unit.code();
    }
}
