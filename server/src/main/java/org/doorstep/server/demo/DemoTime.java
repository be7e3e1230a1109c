package org.doorstep.server.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Random;
import java.util.UUID;

/** Times as a device in England records them, and ids, all drawn from the child's own random source. */
final class DemoTime {
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private DemoTime() {
    }

    /** A working-hours moment on {@code date}, with the offset a phone in England shows that day. */
    static OffsetDateTime duringTheDay(LocalDate date, Random random) {
        LocalTime time = LocalTime.of(9 + random.nextInt(9), random.nextInt(60));
        return date.atTime(time).atZone(LONDON).toOffsetDateTime();
    }

    /** {@code instant} as a phone in England shows it. */
    static OffsetDateTime local(Instant instant) {
        return instant.atZone(LONDON).toOffsetDateTime();
    }

    static OffsetDateTime later(OffsetDateTime time, int minMinutes, int maxMinutes, Random random) {
        return local(time.toInstant().plus(Duration.ofMinutes(minMinutes + random.nextInt(maxMinutes - minMinutes + 1))));
    }

    static OffsetDateTime notAfter(OffsetDateTime time, Instant now) {
        return time.toInstant().isAfter(now) ? local(now) : time;
    }

    static Instant startOfDay(LocalDate date) {
        return date.atTime(9, 0).atZone(LONDON).toInstant();
    }

    /** A version 4 UUID from the random source, so that a seed always gives the same ids. */
    static UUID uuid(Random random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
