package org.doorstep.compliance.plans;

import java.util.Objects;
import org.doorstep.compliance.time.DayCounting;
import org.doorstep.compliance.time.DueSoonThresholds;
import org.doorstep.compliance.time.Interval;

/**
 * A council's visiting standard for CP or CIN plans (local policy, RULES.md section 2 and 4).
 *
 * @param interval                     the most time allowed between qualifying visits, e.g. 10 working days,
 *                                     14 calendar days, 4 weeks
 * @param counting                     C4 inclusive counting and C5 rolling options
 * @param requireSeenAloneForFrequency C8 option: only visits where the child was seen alone count
 * @param dueSoon                      C11 thresholds
 */
public record PlanVisitPolicy(Interval interval, DayCounting counting, boolean requireSeenAloneForFrequency,
                              DueSoonThresholds dueSoon) {
    /** CP plan default: 10 working days, start day excluded (RULES.md section 4). */
    public static final PlanVisitPolicy CHILD_PROTECTION_DEFAULT = of(Interval.workingDays(10));
    /** CIN plan default: 20 working days, start day excluded. */
    public static final PlanVisitPolicy CHILD_IN_NEED_DEFAULT = of(Interval.workingDays(20));

    public PlanVisitPolicy {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(counting, "counting");
        Objects.requireNonNull(dueSoon, "dueSoon");
        if (interval.isClockHours()) {
            throw new IllegalArgumentException("a visiting interval cannot be in clock hours");
        }
    }

    /** {@code interval} with the RULES.md defaults for everything else. */
    public static PlanVisitPolicy of(Interval interval) {
        return new PlanVisitPolicy(interval, DayCounting.DEFAULT, false, DueSoonThresholds.DEFAULT);
    }
}
