package org.doorstep.compliance.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Working days for England &amp; Wales (RULES.md C4): Monday to Friday, excluding bank holidays
 * including substitute days. Immutable and thread-safe; build one per council and share it.
 *
 * <p>Holidays come from a gov.uk-shaped data file for every year the file lists; other years are
 * computed by {@link EnglandAndWalesHolidayRules}. Lookups are O(1) for 1990-2130 (and every listed
 * year): the calendar is precomputed once into a running count of working days. Dates outside that
 * range are still answered, by a slower day-by-day walk.
 *
 * <p>Counting conventions: {@link #workingDaysBetween(LocalDate, LocalDate)} counts the half-open
 * interval {@code (a, b]} (a excluded, b included), and {@link #nthWorkingDayAfter(LocalDate, int)}
 * never counts the start day; together, {@code workingDaysBetween(d, nthWorkingDayAfter(d, n)) == n}.
 */
public final class WorkingDayCalendar {
    private static final int FIRST_PRECOMPUTED_YEAR = 1990;
    private static final int LAST_PRECOMPUTED_YEAR = 2130;
    private static final String SHIPPED_FILE = "bank-holidays.json";

    private final Map<Integer, List<BankHoliday>> listed;
    private final long firstDay;
    private final long lastDay;
    /** cumulative[i] = working days in [firstDay, firstDay + i]. */
    private final int[] cumulative;
    /** workingDays[k] = epoch day of the (k+1)th working day on or after firstDay. */
    private final int[] workingDays;
    private final boolean[] holiday;

    private WorkingDayCalendar(Collection<BankHoliday> listedHolidays) {
        Map<Integer, List<BankHoliday>> byYear = new TreeMap<>();
        for (BankHoliday h : listedHolidays) {
            byYear.computeIfAbsent(h.date().getYear(), y -> new ArrayList<>()).add(h);
        }
        byYear.replaceAll((year, days) -> {
            days.sort(Comparator.comparing(BankHoliday::date));
            return List.copyOf(days);
        });
        this.listed = Map.copyOf(byYear);

        int firstYear = FIRST_PRECOMPUTED_YEAR;
        int lastYear = LAST_PRECOMPUTED_YEAR;
        for (int year : byYear.keySet()) {
            firstYear = Math.min(firstYear, year);
            lastYear = Math.max(lastYear, year);
        }
        this.firstDay = LocalDate.of(firstYear, 1, 1).toEpochDay();
        this.lastDay = LocalDate.of(lastYear, 12, 31).toEpochDay();
        int size = (int) (lastDay - firstDay + 1);
        this.holiday = new boolean[size];
        for (int year = firstYear; year <= lastYear; year++) {
            for (BankHoliday h : holidaysIn(year)) {
                holiday[(int) (h.date().toEpochDay() - firstDay)] = true;
            }
        }
        this.cumulative = new int[size];
        int[] list = new int[size];
        int count = 0;
        for (int i = 0; i < size; i++) {
            long epochDay = firstDay + i;
            if (!holiday[i] && !isWeekend(epochDay)) {
                list[count++] = (int) epochDay;
            }
            cumulative[i] = count;
        }
        this.workingDays = java.util.Arrays.copyOf(list, count);
    }

    /** The England &amp; Wales calendar from the data file shipped in this module (2015-2030 listed). */
    public static WorkingDayCalendar englandAndWales() {
        return Shipped.CALENDAR;
    }

    /**
     * A calendar from a council's own file in gov.uk's {@code bank-holidays.json} shape
     * (division {@code england-and-wales}). Years the file does not list are computed.
     *
     * @throws BankHolidayFileException if the file cannot be read or has the wrong shape
     */
    public static WorkingDayCalendar fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return fromStream(in);
        } catch (IOException e) {
            throw new BankHolidayFileException("cannot read bank-holiday file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A calendar from a stream in gov.uk's {@code bank-holidays.json} shape; the stream is not closed.
     *
     * @throws BankHolidayFileException if the stream cannot be read or has the wrong shape
     */
    public static WorkingDayCalendar fromStream(InputStream in) {
        return new WorkingDayCalendar(BankHolidayFile.read(in, BankHolidayFile.ENGLAND_AND_WALES));
    }

    /** A calendar whose listed years are exactly those of {@code holidays}; other years are computed. */
    public static WorkingDayCalendar of(Collection<BankHoliday> holidays) {
        return new WorkingDayCalendar(List.copyOf(holidays));
    }

    /** True for Monday to Friday when the day is not a bank holiday. */
    public boolean isWorkingDay(LocalDate date) {
        return isWorkingDay(date.toEpochDay());
    }

    /** {@link #isWorkingDay(LocalDate)} for an epoch day ({@link LocalDate#toEpochDay()}), for hot loops. */
    public boolean isWorkingDay(long epochDay) {
        if (epochDay >= firstDay && epochDay <= lastDay) {
            int i = (int) (epochDay - firstDay);
            return cumulative[i] != (i == 0 ? 0 : cumulative[i - 1]);
        }
        return !isWeekend(epochDay) && !isBankHolidaySlow(LocalDate.ofEpochDay(epochDay));
    }

    /** True when the day is a bank holiday (listed, or computed for an unlisted year). */
    public boolean isBankHoliday(LocalDate date) {
        long day = date.toEpochDay();
        if (day >= firstDay && day <= lastDay) {
            return holiday[(int) (day - firstDay)];
        }
        return isBankHolidaySlow(date);
    }

    /** True when the data file lists {@code year}; otherwise that year's holidays are computed. */
    public boolean listsYear(int year) {
        return listed.containsKey(year);
    }

    /** The bank holidays of {@code year}: as listed in the data file, or computed when it is not listed. */
    public List<BankHoliday> holidaysIn(int year) {
        List<BankHoliday> days = listed.get(year);
        return days != null ? days : EnglandAndWalesHolidayRules.holidaysIn(year);
    }

    /**
     * The {@code n}th working day after {@code date}; {@code date} itself is never counted, whatever day
     * it is ("within N working days of D", RULES.md C4). {@code n == 0} returns {@code date}.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public LocalDate nthWorkingDayAfter(LocalDate date, int n) {
        return LocalDate.ofEpochDay(nthWorkingDayAfter(date.toEpochDay(), n));
    }

    /** {@link #nthWorkingDayAfter(LocalDate, int)} on epoch days, for hot loops. */
    public long nthWorkingDayAfter(long epochDay, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        if (n == 0) {
            return epochDay;
        }
        if (epochDay >= firstDay && epochDay <= lastDay) {
            int k = cumulative[(int) (epochDay - firstDay)] + n;
            if (k <= workingDays.length) {
                return workingDays[k - 1];
            }
        }
        long d = epochDay;
        int found = 0;
        while (found < n) {
            d = Math.addExact(d, 1);
            if (isWorkingDay(d)) {
                found++;
            }
        }
        return d;
    }

    /**
     * Working days in {@code (a, b]}: {@code a} excluded, {@code b} included. Zero when {@code a == b};
     * negative (minus the count in {@code (b, a]}) when {@code b} is before {@code a}.
     */
    public int workingDaysBetween(LocalDate a, LocalDate b) {
        return workingDaysBetween(a.toEpochDay(), b.toEpochDay());
    }

    /** {@link #workingDaysBetween(LocalDate, LocalDate)} on epoch days, for hot loops. */
    public int workingDaysBetween(long from, long to) {
        if (to < from) {
            return -workingDaysBetween(to, from);
        }
        if (from >= firstDay && to <= lastDay) {
            return cumulative[(int) (to - firstDay)] - cumulative[(int) (from - firstDay)];
        }
        int count = 0;
        for (long d = from + 1; d <= to; d++) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** {@code date} when it is a working day, otherwise the next working day. */
    public LocalDate onOrNextWorkingDay(LocalDate date) {
        return isWorkingDay(date) ? date : nthWorkingDayAfter(date, 1);
    }

    /** {@link #onOrNextWorkingDay(LocalDate)} on epoch days. */
    public long onOrNextWorkingDay(long epochDay) {
        return isWorkingDay(epochDay) ? epochDay : nthWorkingDayAfter(epochDay, 1);
    }

    private boolean isBankHolidaySlow(LocalDate date) {
        for (BankHoliday h : holidaysIn(date.getYear())) {
            if (h.date().equals(date)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWeekend(long epochDay) {
        // 1970-01-01 (epoch day 0) was a Thursday.
        int dow = (int) Math.floorMod(epochDay + 3, 7L); // 0 = Monday ... 6 = Sunday
        return dow >= DayOfWeek.SATURDAY.ordinal();
    }

    /** Lazy holder: the shipped file is read once, on first use. */
    private static final class Shipped {
        static final WorkingDayCalendar CALENDAR = load();

        private static WorkingDayCalendar load() {
            try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(SHIPPED_FILE)) {
                Objects.requireNonNull(in, "the module's " + SHIPPED_FILE + " resource is missing");
                return fromStream(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
