package org.doorstep.server.dashboard.compliance;

import java.time.Instant;
import java.time.LocalDate;
import org.doorstep.server.db.TimeText;

/**
 * Reads the stored fixed-width UTC times ({@code 2026-03-02T09:30:00.000000000Z}, see {@link TimeText}) without
 * the general ISO parser: the snapshot reads every visit of every child it evaluates, three times each, and the
 * general parser was most of that cost. Anything not in the fixed form goes to {@link TimeText#instant}.
 */
final class StoredTimes {
    private static final int LENGTH = 30;

    private StoredTimes() {
    }

    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() != LENGTH || text.charAt(4) != '-' || text.charAt(10) != 'T' || text.charAt(19) != '.'
                || text.charAt(29) != 'Z') {
            return TimeText.instant(text);
        }
        try {
            long day = LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10)).toEpochDay();
            long seconds = day * 86_400L + digits(text, 11, 13) * 3_600L + digits(text, 14, 16) * 60L + digits(text, 17, 19);
            return Instant.ofEpochSecond(seconds, digits(text, 20, 29));
        } catch (RuntimeException notFixedWidth) {
            return TimeText.instant(text);
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit at " + i + " in " + text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
