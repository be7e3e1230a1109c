package org.doorstep.compliance.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {
    private static final WorkingDayCalendar CAL = WorkingDayCalendar.englandAndWales();

    @ParameterizedTest(name = "{1} working days after {0} = {2}")
    @CsvSource({
        "2026-02-16, 10, 2026-03-02", // CP-01: Mon + 10 WD = Mon two weeks on
        "2026-04-20, 20, 2026-05-19", // CIN-02: skips the early May bank holiday
        "2026-04-01, 20, 2026-05-01", // skips Good Friday 3 Apr and Easter Monday 6 Apr
        "2026-03-02, 45, 2026-05-07", // WT-02
        "2026-12-24, 1, 2026-12-29",  // Christmas Fri, weekend, Boxing Day substitute Mon 28
        "2026-12-26, 1, 2026-12-29",  // a start on a holiday weekend: day 1 is the next working day
        "2021-12-24, 1, 2021-12-29",  // both Christmas substitutes (27 and 28 Dec)
        "2022-09-16, 1, 2022-09-20",  // the State Funeral Monday
        "2026-08-21, 10, 2026-09-07", // Summer bank holiday 31 Aug skipped
        "2026-05-01, 0, 2026-05-01",
        "2025-12-31, 1, 2026-01-02",  // New Year's Day
    })
    void nthWorkingDayAfterExcludesTheStartDay(LocalDate start, int n, LocalDate expected) {
        assertEquals(expected, CAL.nthWorkingDayAfter(start, n));
    }

    @Test
    void workingDaysBetweenIsHalfOpenAExcludedBIncluded() {
        LocalDate fri = LocalDate.parse("2026-02-20");
        LocalDate mon = LocalDate.parse("2026-03-02");
        assertEquals(6, CAL.workingDaysBetween(fri, mon)); // 23-27 Feb and 2 Mar
        assertEquals(-6, CAL.workingDaysBetween(mon, fri));
        assertEquals(0, CAL.workingDaysBetween(mon, mon));
        assertEquals(1, CAL.workingDaysBetween(LocalDate.parse("2026-02-27"), mon)); // Fri -> Mon
        assertEquals(0, CAL.workingDaysBetween(LocalDate.parse("2026-02-27"), LocalDate.parse("2026-03-01")));
    }

    @Test
    void leapDayIsAnOrdinaryWorkingDay() {
        LocalDate leapDay = LocalDate.parse("2028-02-29"); // a Tuesday
        assertTrue(CAL.isWorkingDay(leapDay));
        assertEquals(leapDay, CAL.nthWorkingDayAfter(LocalDate.parse("2028-02-28"), 1));
        assertEquals(2, CAL.workingDaysBetween(LocalDate.parse("2028-02-28"), LocalDate.parse("2028-03-01")));
    }

    @Test
    void aCouncilFileReplacesTheListedYearsAndLeavesOtherYearsComputed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("council.json");
        Files.writeString(file, "{\"england-and-wales\": {\"division\": \"england-and-wales\", \"events\": ["
                + "{\"title\": \"Council closure day\", \"date\": \"2026-12-29\", \"notes\": \"\", \"bunting\": false},"
                + "{\"title\": \"Christmas Day\", \"date\": \"2026-12-25\", \"notes\": \"\", \"bunting\": true}]},"
                + "\"scotland\": {\"division\": \"scotland\", \"events\": []}}");
        WorkingDayCalendar council = WorkingDayCalendar.fromFile(file);
        assertTrue(council.listsYear(2026));
        assertFalse(council.isWorkingDay(LocalDate.parse("2026-12-29")));
        assertTrue(council.isWorkingDay(LocalDate.parse("2026-12-28")), "only the file's days count in a listed year");
        assertFalse(council.listsYear(2027));
        assertFalse(council.isWorkingDay(LocalDate.parse("2027-12-27")), "2027 is computed");
    }

    @Test
    void aMalformedFileIsRejectedWithTheFieldNamed() {
        BankHolidayFileException noEvents = assertThrows(BankHolidayFileException.class,
                () -> WorkingDayCalendar.fromStream(stream("{\"scotland\": {}}")));
        assertEquals("bank-holiday file: england-and-wales.events is missing or not a list", noEvents.getMessage());
        BankHolidayFileException badDate = assertThrows(BankHolidayFileException.class,
                () -> WorkingDayCalendar.fromStream(stream(
                        "{\"england-and-wales\": {\"events\": [{\"title\": \"x\", \"date\": \"2026-13-01\"}]}}")));
        assertEquals("bank-holiday file: england-and-wales.events[0].date is not a YYYY-MM-DD date: 2026-13-01",
                badDate.getMessage());
        assertThrows(BankHolidayFileException.class, () -> WorkingDayCalendar.fromStream(stream("not json")));
        assertThrows(BankHolidayFileException.class,
                () -> WorkingDayCalendar.fromFile(Path.of("/nonexistent/holidays.json")));
    }

    @Test
    void datesOutsideThePrecomputedRangeAreStillAnswered() {
        LocalDate christmas2200 = LocalDate.parse("2200-12-25"); // a Thursday
        assertFalse(CAL.isWorkingDay(christmas2200));
        assertEquals(LocalDate.parse("2200-12-29"), CAL.nthWorkingDayAfter(LocalDate.parse("2200-12-24"), 1));
        assertEquals(1, CAL.workingDaysBetween(LocalDate.parse("2200-12-24"), LocalDate.parse("2200-12-29")));
        assertFalse(CAL.isWorkingDay(LocalDate.parse("1970-12-25")));
    }

    @Test
    void ofBuildsACalendarFromAList() {
        WorkingDayCalendar c = WorkingDayCalendar.of(List.of(new BankHoliday(LocalDate.parse("2026-06-01"), "x", "")));
        assertFalse(c.isWorkingDay(LocalDate.parse("2026-06-01")));
        assertTrue(c.isWorkingDay(LocalDate.parse("2026-12-25")), "2026 is listed, and the list lacks Christmas");
        assertThrows(IllegalArgumentException.class, () -> c.nthWorkingDayAfter(LocalDate.parse("2026-06-01"), -1));
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
