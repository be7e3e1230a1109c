package org.doorstep.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.doorstep.compliance.calendar.WorkingDayCalendar;
import org.doorstep.compliance.time.LondonTime;
import org.doorstep.compliance.visits.Visit;
import org.doorstep.compliance.visits.VisitLog;

/** Short helpers for tests: dates, instants and visit logs from ISO text. */
public final class Fixtures {
    public static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    private Fixtures() {
    }

    public static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    public static Instant t(String iso) {
        return LondonTime.parseInstant(iso);
    }

    /** A date-time at 10:00 London time on {@code isoDate}. */
    public static Instant noonish(String isoDate) {
        return LondonTime.parseInstant(isoDate + "T10:00:00");
    }

    /** Visits seen alone at 10:00 London time on each date. */
    public static VisitLog seenOn(String... isoDates) {
        return VisitLog.of(Arrays.stream(isoDates).map(x -> Visit.seenAlone(noonish(x))).toList());
    }
}
