package org.doorstep.compliance.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class WorkingDayCalendarPropertiesTest {
    private static final WorkingDayCalendar CAL = WorkingDayCalendar.englandAndWales();
    private static final LocalDate BASE = LocalDate.parse("2013-01-01");

    @Property
    void nthWorkingDayAfterIsAWorkingDayWithExactlyNWorkingDaysInBetween(
            @ForAll @IntRange(min = 0, max = 8000) int offset, @ForAll @IntRange(min = 1, max = 300) int n) {
        LocalDate d = BASE.plusDays(offset);
        LocalDate result = CAL.nthWorkingDayAfter(d, n);
        assertTrue(CAL.isWorkingDay(result), result + " is a working day");
        assertEquals(n, CAL.workingDaysBetween(d, result));
        assertEquals(n, bruteForceCount(d, result), "agrees with a day-by-day count");
        assertEquals(n - 1, CAL.workingDaysBetween(d, result.minusDays(1)), "and it is the first such day");
    }

    @Property
    void aWorkingDayIsAWeekdayThatIsNotABankHoliday(@ForAll @IntRange(min = 0, max = 8000) int offset) {
        LocalDate d = BASE.plusDays(offset);
        boolean weekday = d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
        assertEquals(weekday && !CAL.isBankHoliday(d), CAL.isWorkingDay(d));
    }

    private static int bruteForceCount(LocalDate a, LocalDate b) {
        int count = 0;
        for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            LocalDate day = d;
            boolean holiday = CAL.holidaysIn(day.getYear()).stream().anyMatch(h -> h.date().equals(day));
            if (!weekend && !holiday) {
                count++;
            }
        }
        return count;
    }
}
