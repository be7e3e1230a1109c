package org.doorstep.protocol.visit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Doubts about a device's clock, noticed when a record arrives. Such records are stored as sent and
 * flagged, never "corrected": a phone left on another zone or a wrong date is common, and only a
 * person can tell what really happened.
 */
public enum TimeFlag {
    /** The record says it happened after the server received it. */
    FUTURE_DATED("future_dated"),
    /** The device says it saved the record after the server received it: its clock runs ahead. */
    DEVICE_CLOCK_AHEAD("device_clock_ahead"),
    /** The record says it happened after the device saved it. */
    OCCURRED_AFTER_RECORDED("occurred_after_recorded");

    /** Clock differences below this are ordinary drift and not flagged. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final String wireName;

    TimeFlag(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The flags for a record that happened at {@code occurred}, saved at {@code recorded}, received at {@code received}. */
    public static List<String> of(Instant occurred, Instant recorded, Instant received) {
        List<String> flags = new ArrayList<>(3);
        if (occurred.isAfter(received.plus(TOLERANCE))) {
            flags.add(FUTURE_DATED.wireName);
        }
        if (recorded.isAfter(received.plus(TOLERANCE))) {
            flags.add(DEVICE_CLOCK_AHEAD.wireName);
        }
        if (occurred.isAfter(recorded.plus(TOLERANCE))) {
            flags.add(OCCURRED_AFTER_RECORDED.wireName);
        }
        return List.copyOf(flags);
    }
}
