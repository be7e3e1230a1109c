package org.doorstep.compliance.time;

import static org.doorstep.compliance.Fixtures.CALENDAR;
import static org.doorstep.compliance.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntervalTest {
    private static LocalDate due(Interval i, String day0) {
        return i.dueDate(d(day0), CALENDAR, DayCounting.DEFAULT);
    }

    @Test
    void dayZeroIsNotCounted() { // C2
        assertEquals(d("2026-01-12"), due(Interval.calendarDays(7), "2026-01-05"));
        assertEquals(d("2026-02-16"), due(Interval.weeks(6), "2026-01-05"));
        assertEquals(d("2026-03-30"), due(Interval.weeks(12), "2026-01-05"));
    }

    @ParameterizedTest(name = "{0} + {1} months = {2}")
    @CsvSource({
        "2025-12-31, 2, 2026-02-28", // C3 month-end fallback
        "2025-12-31, 6, 2026-06-30",
        "2024-02-29, 12, 2025-02-28", // first anniversary of a leap-day placement
        "2027-12-31, 2, 2028-02-29", // a leap year keeps the 29th
        "2026-03-31, 2, 2026-05-31",
        "2026-01-30, 1, 2026-02-28",
        "2026-03-16, 3, 2026-06-16",
    })
    void monthsUseTheCorrespondingDateOrTheMonthEnd(LocalDate day0, int months, LocalDate expected) {
        assertEquals(expected, Interval.months(months).dueDate(day0, CALENDAR, DayCounting.DEFAULT));
    }

    @Test
    void calendarDeadlinesOnWeekendsAreNotMovedByDefault() { // C5
        assertEquals(d("2026-03-07"), due(Interval.calendarDays(14), "2026-02-21")); // a Saturday
        DayCounting roll = new DayCounting(false, true);
        assertEquals(d("2026-03-09"), Interval.calendarDays(14).dueDate(d("2026-02-21"), CALENDAR, roll));
        // Rolled past the Boxing Day substitute: 26 Dec 2026 is a Saturday, 28 Dec the substitute day.
        assertEquals(d("2026-12-29"), Interval.calendarDays(12).dueDate(d("2026-12-14"), CALENDAR, roll));
    }

    @Test
    void countStartDayInclusiveCountsAWorkingStartDayAsDayOne() { // C4 option
        DayCounting inclusive = new DayCounting(true, false);
        // From and including Mon 16 Feb 2026, the 10th working day is Fri 27 Feb (exclusive: Mon 2 Mar).
        assertEquals(d("2026-02-27"), Interval.workingDays(10).dueDate(d("2026-02-16"), CALENDAR, inclusive));
        assertEquals(d("2026-03-02"), due(Interval.workingDays(10), "2026-02-16"));
        // A start on a Saturday is not a working day, so it cannot be day 1: no difference.
        assertEquals(due(Interval.workingDays(10), "2026-02-14"),
                Interval.workingDays(10).dueDate(d("2026-02-14"), CALENDAR, inclusive));
        // Calendar windows: one day earlier.
        assertEquals(d("2026-03-01"), Interval.calendarDays(14).dueDate(d("2026-02-16"), CALENDAR, inclusive));
    }

    @Test
    void clockHoursAreRealElapsedTime() { // C6
        Instant returned = Instant.parse("2026-10-22T17:00:00Z"); // 18:00 BST
        assertEquals(Instant.parse("2026-10-25T17:00:00Z"), Interval.clockHours(72).deadline(returned)); // 17:00 GMT
        assertThrows(IllegalStateException.class, () -> Interval.clockHours(72).dueDate(d("2026-01-01"), CALENDAR,
                DayCounting.DEFAULT));
        assertThrows(IllegalStateException.class, () -> Interval.workingDays(3).deadline(returned));
        assertThrows(IllegalArgumentException.class, () -> Interval.workingDays(0));
    }
}
