package org.doorstep.compliance.fostering;

import java.util.Objects;
import org.doorstep.compliance.time.DayCounting;
import org.doorstep.compliance.time.DueSoonThresholds;
import org.doorstep.compliance.time.Interval;

/**
 * Settings for {@code pf_initial_visit} and {@code pf_visit_interval}.
 *
 * @param initialVisitWindow           reg 4(1) / 7(1): 7 working days
 * @param yearOneInterval              reg 8(1)(a): 6 weeks (42 days)
 * @param laterInterval                reg 8(1)(b): 12 weeks (84 days); "every 3 months" is more lenient
 * @param requireSeenAloneForFrequency C8 option
 * @param counting                     C4 and C5 options
 * @param dueSoon                      C11 thresholds
 */
public record PrivateFosteringPolicy(Interval initialVisitWindow, Interval yearOneInterval, Interval laterInterval,
                                     boolean requireSeenAloneForFrequency, DayCounting counting,
                                     DueSoonThresholds dueSoon) {
    public static final PrivateFosteringPolicy STATUTORY = new PrivateFosteringPolicy(Interval.workingDays(7),
            Interval.calendarDays(42), Interval.calendarDays(84), false, DayCounting.DEFAULT, DueSoonThresholds.DEFAULT);

    public PrivateFosteringPolicy {
        Objects.requireNonNull(initialVisitWindow, "initialVisitWindow");
        Objects.requireNonNull(yearOneInterval, "yearOneInterval");
        Objects.requireNonNull(laterInterval, "laterInterval");
        Objects.requireNonNull(counting, "counting");
        Objects.requireNonNull(dueSoon, "dueSoon");
        if (initialVisitWindow.isClockHours() || yearOneInterval.isClockHours() || laterInterval.isClockHours()) {
            throw new IllegalArgumentException("private fostering windows cannot be in clock hours");
        }
    }
}
