package org.doorstep.compliance.time;

import java.time.Duration;
import java.util.Objects;

/**
 * How close a deadline must be for {@code due_soon} (C11). "Due today" is always due soon.
 *
 * @param calendarDays for calendar and month rules (default 7)
 * @param workingDays  for working-day rules, counted as working days in (asOf date, due date] (default 2)
 * @param clock        for clock-hour rules (default 24h)
 */
public record DueSoonThresholds(int calendarDays, int workingDays, Duration clock) {
    /** RULES.md C11 defaults: 7 calendar days, 2 working days, 24 hours. */
    public static final DueSoonThresholds DEFAULT = new DueSoonThresholds(7, 2, Duration.ofHours(24));

    public DueSoonThresholds {
        Objects.requireNonNull(clock, "clock");
        if (calendarDays < 0 || workingDays < 0 || clock.isNegative()) {
            throw new IllegalArgumentException("due-soon thresholds must not be negative");
        }
    }
}
