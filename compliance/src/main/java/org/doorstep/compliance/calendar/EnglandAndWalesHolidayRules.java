package org.doorstep.compliance.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The usual England &amp; Wales bank holidays of a year, computed: New Year's Day, Good Friday,
 * Easter Monday, the early May (first Monday), spring (last Monday of May) and summer (last Monday
 * of August) bank holidays, Christmas Day and Boxing Day, with substitute days when a fixed-date
 * holiday falls on a weekend.
 *
 * <p>Used for years that the data file does not list. It cannot know one-off proclamations (such as
 * the 2020 VE Day move, the 2022 jubilee and state funeral, the 2023 coronation): those come only
 * from data.
 */
public final class EnglandAndWalesHolidayRules {
    private static final String SUBSTITUTE = "Substitute day";

    private EnglandAndWalesHolidayRules() {
    }

    /** The computed bank holidays of {@code year}, in date order. */
    public static List<BankHoliday> holidaysIn(int year) {
        List<BankHoliday> days = new ArrayList<>(8);
        LocalDate newYear = LocalDate.of(year, 1, 1);
        days.add(mondayIfWeekend(newYear, "New Year’s Day"));

        LocalDate easter = easterSunday(year);
        days.add(new BankHoliday(easter.minusDays(2), "Good Friday", ""));
        days.add(new BankHoliday(easter.plusDays(1), "Easter Monday", ""));

        LocalDate may = LocalDate.of(year, Month.MAY, 1);
        days.add(new BankHoliday(may.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)),
                "Early May bank holiday", ""));
        days.add(new BankHoliday(may.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Spring bank holiday", ""));
        days.add(new BankHoliday(LocalDate.of(year, Month.AUGUST, 1)
                .with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Summer bank holiday", ""));

        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        LocalDate boxing = christmas.plusDays(1);
        switch (christmas.getDayOfWeek()) {
            case SATURDAY: // Christmas moves to Monday 27th, Boxing Day to Tuesday 28th
                days.add(new BankHoliday(christmas.plusDays(2), "Christmas Day", SUBSTITUTE));
                days.add(new BankHoliday(christmas.plusDays(3), "Boxing Day", SUBSTITUTE));
                break;
            case SUNDAY: // Boxing Day is Monday 26th; Christmas moves to Tuesday 27th
                days.add(new BankHoliday(boxing, "Boxing Day", ""));
                days.add(new BankHoliday(christmas.plusDays(2), "Christmas Day", SUBSTITUTE));
                break;
            case FRIDAY: // Boxing Day on Saturday moves to Monday 28th
                days.add(new BankHoliday(christmas, "Christmas Day", ""));
                days.add(new BankHoliday(christmas.plusDays(3), "Boxing Day", SUBSTITUTE));
                break;
            default:
                days.add(new BankHoliday(christmas, "Christmas Day", ""));
                days.add(new BankHoliday(boxing, "Boxing Day", ""));
        }
        return List.copyOf(days);
    }

    /** Easter Sunday in the Gregorian calendar (the Anonymous Gregorian, or Meeus/Jones/Butcher, algorithm). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    private static BankHoliday mondayIfWeekend(LocalDate date, String title) {
        switch (date.getDayOfWeek()) {
            case SATURDAY:
                return new BankHoliday(date.plusDays(2), title, SUBSTITUTE);
            case SUNDAY:
                return new BankHoliday(date.plusDays(1), title, SUBSTITUTE);
            default:
                return new BankHoliday(date, title, "");
        }
    }
}
