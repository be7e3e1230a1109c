package org.doorstep.server.db;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.doorstep.protocol.IsoTimes;

/**
 * Instants are stored as fixed-width ISO-8601 UTC text ({@code 2026-03-02T09:30:00.000000000Z}), so
 * they sort as text, read the same in every JVM zone, and survive a move between SQLite and PostgreSQL.
 */
public final class TimeText {
    private TimeText() {
    }

    public static String of(Instant instant) {
        return IsoTimes.fixedWidthUtc(instant);
    }

    public static Instant instant(String text) {
        return Instant.parse(text);
    }

    /** The instant of {@code text} seen at the stored {@code offset} ({@code +01:00}). */
    public static OffsetDateTime atOffset(String text, String offset) {
        return instant(text).atOffset(ZoneOffset.of(offset));
    }
}
