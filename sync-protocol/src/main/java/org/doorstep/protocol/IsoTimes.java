package org.doorstep.protocol;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Reads and writes the ISO-8601 date-times of the protocol several times faster than
 * {@link DateTimeFormatter}, with exactly the same results.
 *
 * <p>A push of 200 visits reads and writes about a thousand date-times; through {@code DateTimeFormatter}
 * that was over a third of the server's work. The fast paths below handle the one common shape
 * ({@code 2026-03-02T10:15:00.5+01:00}, years 0000 to 9999) and hand anything else to
 * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}, so unusual input is accepted or refused exactly as
 * before. {@code IsoTimesTest} compares both ways on many random and edge values.
 */
public final class IsoTimes {
    private IsoTimes() {
    }

    /**
     * {@code text} read as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} reads it, or null when it is not
     * in the common shape (the caller then uses the formatter, which accepts or refuses it with its message).
     */
    public static OffsetDateTime parseCommon(CharSequence text) {
        int length = text.length();
        if (length < 20 || length > 35 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        int nano = 0;
        if (text.charAt(i) == '.') {
            int start = ++i;
            while (i < length && i - start < 9 && isDigit(text.charAt(i))) {
                nano = nano * 10 + (text.charAt(i) - '0');
                i++;
            }
            int count = i - start;
            if (count == 0) {
                return null;
            }
            for (int k = count; k < 9; k++) {
                nano *= 10;
            }
        }
        ZoneOffset offset;
        if (i == length - 1 && text.charAt(i) == 'Z') {
            offset = ZoneOffset.UTC;
        } else if (i == length - 6 && (text.charAt(i) == '+' || text.charAt(i) == '-') && text.charAt(i + 3) == ':') {
            int hours = digits(text, i + 1, 2);
            int minutes = digits(text, i + 4, 2);
            if ((hours | minutes) < 0) {
                return null;
            }
            try {
                offset = text.charAt(i) == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes)
                        : ZoneOffset.ofHoursMinutes(-hours, -minutes);
            } catch (DateTimeException e) {
                return null;
            }
        } else {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code value} as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} writes it. */
    public static String format(OffsetDateTime value) {
        LocalDateTime local = value.toLocalDateTime();
        int year = local.getYear();
        if (year < 0 || year > 9999) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
        }
        StringBuilder out = new StringBuilder(35);
        appendDateTime(out, local);
        int nano = local.getNano();
        if (nano != 0) {
            out.append('.');
            int digits = 9;
            while (nano % 10 == 0) {
                nano /= 10;
                digits--;
            }
            pad(out, nano, digits);
        }
        out.append(value.getOffset().getId());
        return out.toString();
    }

    /**
     * {@code value} in UTC as {@code uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'}: fixed width, so that stored times
     * sort as text. Years outside 0000 to 9999 are refused; no record of Doorstep's is dated there.
     */
    public static String fixedWidthUtc(java.time.Instant value) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(value.getEpochSecond(), value.getNano(), ZoneOffset.UTC);
        if (utc.getYear() < 0 || utc.getYear() > 9999) {
            throw new DateTimeException("Cannot store a time in the year " + utc.getYear());
        }
        StringBuilder out = new StringBuilder(30);
        appendDateTime(out, utc);
        out.append('.');
        pad(out, utc.getNano(), 9);
        return out.append('Z').toString();
    }

    private static void appendDateTime(StringBuilder out, LocalDateTime value) {
        pad(out, value.getYear(), 4);
        out.append('-');
        pad(out, value.getMonthValue(), 2);
        out.append('-');
        pad(out, value.getDayOfMonth(), 2);
        out.append('T');
        pad(out, value.getHour(), 2);
        out.append(':');
        pad(out, value.getMinute(), 2);
        out.append(':');
        pad(out, value.getSecond(), 2);
    }

    private static void pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int k = digits.length(); k < width; k++) {
            out.append('0');
        }
        out.append(digits);
    }

    /** The number written by {@code count} ASCII digits at {@code from}, or -1 if any is not a digit. */
    private static int digits(CharSequence text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
