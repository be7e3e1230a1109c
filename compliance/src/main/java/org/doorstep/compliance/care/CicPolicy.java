package org.doorstep.compliance.care;

import java.util.Objects;
import org.doorstep.compliance.time.DayCounting;
import org.doorstep.compliance.time.DueSoonThresholds;
import org.doorstep.compliance.time.Interval;

/**
 * Settings for {@code cic_visit}. The statutory floor is the default; councils may only make it stricter
 * (e.g. keep 6-weekly visits where the law allows 3-monthly).
 *
 * @param intendedUntil18Interval      reg 28(2)(c)(i) after year 1 when intended to last until 18 (default 3 months)
 * @param longTermFosterInterval       reg 28(3A) (default 6 months)
 * @param weeklyVisits                 how "weekly" is read under reg 28(3) and 28(4)
 * @param localInterval                a council's own, stricter maximum between visits (e.g. 4 weeks), checked
 *                                     alongside the statute: the earlier due date wins; {@code null} for none
 * @param requireSeenAloneForFrequency C8 option
 * @param counting                     C4 inclusive counting (stricter by a day) and C5 rolling options
 * @param dueSoon                      C11 thresholds
 */
public record CicPolicy(Interval intendedUntil18Interval, Interval longTermFosterInterval, WeeklyVisits weeklyVisits,
                        Interval localInterval, boolean requireSeenAloneForFrequency, DayCounting counting, DueSoonThresholds dueSoon) {
    /** The statutory minimum frequencies of reg 28. */
    public static final CicPolicy STATUTORY = new CicPolicy(Interval.months(3), Interval.months(6),
            WeeklyVisits.ROLLING_SEVEN_DAYS, null, false, DayCounting.DEFAULT, DueSoonThresholds.DEFAULT);

    public CicPolicy {
        Objects.requireNonNull(intendedUntil18Interval, "intendedUntil18Interval");
        Objects.requireNonNull(longTermFosterInterval, "longTermFosterInterval");
        Objects.requireNonNull(weeklyVisits, "weeklyVisits");
        Objects.requireNonNull(counting, "counting");
        Objects.requireNonNull(dueSoon, "dueSoon");
        if (intendedUntil18Interval.isClockHours() || longTermFosterInterval.isClockHours()
                || (localInterval != null && localInterval.isClockHours())) {
            throw new IllegalArgumentException("a visiting interval cannot be in clock hours");
        }
    }
}
