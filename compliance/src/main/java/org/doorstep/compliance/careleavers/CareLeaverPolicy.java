package org.doorstep.compliance.careleavers;

import java.util.Objects;
import org.doorstep.compliance.time.DayCounting;
import org.doorstep.compliance.time.DueSoonThresholds;
import org.doorstep.compliance.time.Interval;

/**
 * Settings for {@code cl_pa_visit}.
 *
 * @param firstVisitWindow             reg 8(2)(a): within 7 days of the accommodation first being provided
 * @param interval                     reg 8(2)(c): at most 2 months between visits (councils often use 8 or 6 weeks)
 * @param otherAccommodationInterval   the pathway plan's contact frequency for accommodation that is not
 *                                     s.23B / s.24B; {@code null} when the council has not set one (the rule then
 *                                     cannot be evaluated for such accommodation)
 * @param requireSeenAloneForFrequency C8 option
 * @param counting                     C4 and C5 options
 * @param dueSoon                      C11 thresholds
 */
public record CareLeaverPolicy(Interval firstVisitWindow, Interval interval, Interval otherAccommodationInterval,
                               boolean requireSeenAloneForFrequency, DayCounting counting, DueSoonThresholds dueSoon) {
    public static final CareLeaverPolicy STATUTORY = new CareLeaverPolicy(Interval.calendarDays(7), Interval.months(2),
            null, false, DayCounting.DEFAULT, DueSoonThresholds.DEFAULT);

    public CareLeaverPolicy {
        Objects.requireNonNull(firstVisitWindow, "firstVisitWindow");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(counting, "counting");
        Objects.requireNonNull(dueSoon, "dueSoon");
        if (firstVisitWindow.isClockHours() || interval.isClockHours()
                || (otherAccommodationInterval != null && otherAccommodationInterval.isClockHours())) {
            throw new IllegalArgumentException("a visiting interval cannot be in clock hours");
        }
    }
}
