package org.doorstep.server.dashboard.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as people in England read them (Europe/London), and rates as percentages. */
public final class Formats {
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK).withZone(LONDON);

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(LONDON));
    }

    /** {@code part} of {@code whole} as a whole percentage, or a dash when there is nothing to divide. */
    public static String percent(int part, int whole) {
        return whole == 0 ? "–" : Math.round(100.0 * part / whole) + "%";
    }

    /** Time left in hours and minutes, e.g. {@code 17 h 05 min}; {@code overdue} when none. */
    public static String timeLeft(Duration left) {
        if (left.isNegative() || left.isZero()) {
            return "deadline passed";
        }
        long minutes = left.toMinutes();
        long days = minutes / (24 * 60);
        long hours = (minutes / 60) % 24;
        if (days > 0) {
            return days + " d " + hours + " h left";
        }
        return hours + " h " + String.format(Locale.ROOT, "%02d", minutes % 60) + " min left";
    }
}
