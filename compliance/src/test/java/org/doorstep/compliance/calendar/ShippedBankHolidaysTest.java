package org.doorstep.compliance.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShippedBankHolidaysTest {
    private static final WorkingDayCalendar CAL = WorkingDayCalendar.englandAndWales();

    /** Days proclaimed one-off, which no rule can compute, and the rule days they replaced. */
    private static final Set<LocalDate> ONE_OFF_ADDED = Set.of(
            LocalDate.parse("2020-05-08"), // VE Day 75: early May bank holiday moved from Mon 4 May
            LocalDate.parse("2022-06-02"), // spring bank holiday moved from Mon 30 May
            LocalDate.parse("2022-06-03"), // Platinum Jubilee
            LocalDate.parse("2022-09-19"), // State Funeral of Queen Elizabeth II
            LocalDate.parse("2023-05-08")); // Coronation of King Charles III
    private static final Set<LocalDate> ONE_OFF_REMOVED = Set.of(
            LocalDate.parse("2020-05-04"),
            LocalDate.parse("2022-05-30"));

    @ParameterizedTest
    @ValueSource(ints = {2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030})
    void computedRuleReproducesTheDataFileExceptOneOffProclamations(int year) {
        assertTrue(CAL.listsYear(year), "the shipped file lists " + year);
        Set<LocalDate> fromFile = dates(CAL.holidaysIn(year));
        Set<LocalDate> computed = dates(EnglandAndWalesHolidayRules.holidaysIn(year));
        computed.removeAll(ONE_OFF_REMOVED);
        computed.addAll(ONE_OFF_ADDED.stream().filter(d -> d.getYear() == year).collect(Collectors.toSet()));
        assertEquals(computed, fromFile);
    }

    @Test
    void fileHasNoHolidayOnAWeekendAndNoDuplicates() {
        for (int year = 2015; year <= 2030; year++) {
            List<BankHoliday> days = CAL.holidaysIn(year);
            assertEquals(days.size(), dates(days).size(), "duplicates in " + year);
            for (BankHoliday h : days) {
                assertTrue(h.date().getDayOfWeek().getValue() <= 5, h.toString());
                assertFalse(CAL.isWorkingDay(h.date()), h.toString());
            }
        }
    }

    @Test
    void rulesTableForTwentyTwentyFourToTwentySevenMatches() {
        // RULES.md section 5, an independent source.
        assertEquals(dates("2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26",
                "2024-12-25", "2024-12-26"), dates(CAL.holidaysIn(2024)));
        assertEquals(dates("2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25",
                "2025-12-25", "2025-12-26"), dates(CAL.holidaysIn(2025)));
        assertEquals(dates("2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31",
                "2026-12-25", "2026-12-28"), dates(CAL.holidaysIn(2026)));
        assertEquals(dates("2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30",
                "2027-12-27", "2027-12-28"), dates(CAL.holidaysIn(2027)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2026-01-01, New Year's Day",
        "2026-04-03, Good Friday",
        "2026-04-06, Easter Monday",
        "2026-05-04, Early May bank holiday",
        "2026-05-25, Spring bank holiday",
        "2026-08-31, Summer bank holiday",
        "2026-12-25, Christmas Day",
        "2025-12-26, Boxing Day",
    })
    void eachKindOfBankHolidayIsNotAWorkingDay(LocalDate date, String what) {
        assertTrue(date.getDayOfWeek().getValue() <= 5, what + " falls on a weekday");
        assertTrue(CAL.isBankHoliday(date), what);
        assertFalse(CAL.isWorkingDay(date), what);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2015-12-28, Boxing Day substitute (26th a Saturday)",
        "2016-12-27, Christmas substitute (25th a Sunday)",
        "2017-01-02, New Year substitute (1st a Sunday)",
        "2020-12-28, Boxing Day substitute (26th a Saturday)",
        "2021-12-27, Christmas substitute (25th a Saturday)",
        "2021-12-28, Boxing Day substitute (26th a Sunday)",
        "2022-01-03, New Year substitute (1st a Saturday)",
        "2022-12-27, Christmas substitute (25th a Sunday)",
        "2023-01-02, New Year substitute (1st a Sunday)",
        "2026-12-28, Boxing Day substitute (26th a Saturday)",
        "2027-12-27, Christmas substitute (25th a Saturday)",
        "2027-12-28, Boxing Day substitute (26th a Sunday)",
        "2028-01-03, New Year substitute (1st a Saturday)",
    })
    void substituteDaysAreNotWorkingDays(LocalDate date, String what) {
        assertTrue(CAL.isBankHoliday(date), what);
        assertFalse(CAL.isWorkingDay(date), what);
        assertTrue(CAL.holidaysIn(date.getYear()).stream()
                .anyMatch(h -> h.date().equals(date) && h.isSubstituteDay()), what + " is marked as a substitute");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2020-05-08, VE Day 75",
        "2022-06-02, spring bank holiday moved",
        "2022-06-03, Platinum Jubilee",
        "2022-09-19, State Funeral",
        "2023-05-08, Coronation",
    })
    void oneOffProclamationsAreHolidays(LocalDate date, String what) {
        assertFalse(CAL.isWorkingDay(date), what);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2020-05-04, the early May holiday that moved to 8 May",
        "2022-05-30, the spring holiday that moved to 2 June",
        "2026-12-26, a Saturday Boxing Day is not itself a working day but is not counted twice",
    })
    void movedDaysAreWorkingDaysAgain(LocalDate date, String what) {
        assertEquals(date.getDayOfWeek().getValue() <= 5, CAL.isWorkingDay(date), what);
    }

    @ParameterizedTest(name = "Easter Sunday {0}")
    @CsvSource({
        "2015-04-05", "2016-03-27", "2017-04-16", "2018-04-01", "2019-04-21", "2020-04-12", "2021-04-04",
        "2022-04-17", "2023-04-09", "2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16",
        "2029-04-01", "2030-04-21", "2038-04-25", "2285-03-22", "1818-03-22",
    })
    void easterSundayByTheAnonymousGregorianAlgorithm(LocalDate easter) {
        assertEquals(easter, EnglandAndWalesHolidayRules.easterSunday(easter.getYear()));
    }

    @Test
    void unlistedYearsAreComputedWithSubstituteDays() {
        assertFalse(CAL.listsYear(2032));
        // 2032: Easter Sunday 28 Mar; 25 Dec is a Saturday, so Christmas and Boxing Day move to 27 and 28 Dec.
        assertEquals(dates("2032-01-01", "2032-03-26", "2032-03-29", "2032-05-03", "2032-05-31", "2032-08-30",
                "2032-12-27", "2032-12-28"), dates(CAL.holidaysIn(2032)));
        assertFalse(CAL.isWorkingDay(LocalDate.parse("2033-01-03")), "1 Jan 2033 is a Saturday");
        assertTrue(CAL.isWorkingDay(LocalDate.parse("2033-01-04")));
    }

    private static Set<LocalDate> dates(List<BankHoliday> days) {
        return days.stream().map(BankHoliday::date).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<LocalDate> dates(String... isoDates) {
        Set<LocalDate> set = new TreeSet<>();
        for (String d : isoDates) {
            set.add(LocalDate.parse(d));
        }
        return set;
    }
}
