package org.doorstep.compliance.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.zone.ZoneRules;

/**
 * Europe/London civil time (RULES.md C1). Every day-based rule uses the London date of an instant, so
 * a device offset such as {@code +09:00} or {@code Z} never shifts a visit to another day. Nothing in
 * this module reads the JVM's default zone.
 */
public final class LondonTime {
    /** The zone every rule uses. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private static final ZoneRules RULES = ZONE.getRules();
    private static final DateTimeFormatter OFFSET_FORMAT = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .appendOffset("+HH:MM", "+00:00")
            .toFormatter();

    private LondonTime() {
    }

    /** The Europe/London calendar date of {@code instant}. */
    public static LocalDate dateOf(Instant instant) {
        long local = instant.getEpochSecond() + RULES.getOffset(instant).getTotalSeconds();
        return LocalDate.ofEpochDay(Math.floorDiv(local, 86_400L));
    }

    /** {@code instant} as a Europe/London date-time. */
    public static ZonedDateTime atLondon(Instant instant) {
        return instant.atZone(ZONE);
    }

    /**
     * A London wall-clock time as an instant. At the autumn fall-back the ambiguous hour resolves to the
     * first (BST) occurrence; at the spring-forward gap a non-existent time moves forward by the gap (1h).
     */
    public static Instant fromWallClock(LocalDateTime wallClock) {
        return ZonedDateTime.ofLocal(wallClock, ZONE, null).toInstant();
    }

    /**
     * Parses an ISO-8601 date-time. With an offset or zone it is that instant; without one it is
     * Europe/London wall-clock time ({@link #fromWallClock}).
     *
     * @throws DateTimeParseException if {@code text} is not an ISO-8601 date-time
     */
    public static Instant parseInstant(String text) {
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text,
                ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from);
        if (parsed instanceof ZonedDateTime) {
            return ((ZonedDateTime) parsed).toInstant();
        }
        if (parsed instanceof OffsetDateTime) {
            return ((OffsetDateTime) parsed).toInstant();
        }
        return fromWallClock((LocalDateTime) parsed);
    }

    /** {@code instant} in London time with its offset, e.g. {@code 2026-06-15T14:30:00+01:00}. */
    public static String format(Instant instant) {
        return OFFSET_FORMAT.format(atLondon(instant));
    }
}
