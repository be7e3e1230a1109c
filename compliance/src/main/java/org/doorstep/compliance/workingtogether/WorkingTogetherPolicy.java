package org.doorstep.compliance.workingtogether;

import java.util.Objects;
import org.doorstep.compliance.time.DayCounting;
import org.doorstep.compliance.time.DueSoonThresholds;
import org.doorstep.compliance.time.Interval;

/**
 * Settings for the Working Together timescales.
 *
 * @param assessmentWindow         {@code wt_assessment}: 45 working days from the point of referral
 * @param icpcWindow               {@code wt_icpc}: 15 working days from the (last) strategy discussion
 * @param icpcCountFrom            which strategy discussion starts the ICPC window
 * @param firstReview              {@code wt_rcpc}: first review within 3 months of the ICPC
 * @param reviewInterval           {@code wt_rcpc}: then not more than 6 months apart
 * @param strategyDiscussionWindow {@code wt_strategy_discussion}: local, default 24 clock hours (or 1 working day)
 * @param counting                 C4 and C5 options
 * @param dueSoon                  C11 thresholds
 */
public record WorkingTogetherPolicy(Interval assessmentWindow, Interval icpcWindow, IcpcCountFrom icpcCountFrom,
                                    Interval firstReview, Interval reviewInterval, Interval strategyDiscussionWindow,
                                    DayCounting counting, DueSoonThresholds dueSoon) {
    public static final WorkingTogetherPolicy DEFAULT = new WorkingTogetherPolicy(Interval.workingDays(45),
            Interval.workingDays(15), IcpcCountFrom.LAST_STRATEGY_DISCUSSION, Interval.months(3), Interval.months(6),
            Interval.clockHours(24), DayCounting.DEFAULT, DueSoonThresholds.DEFAULT);

    public WorkingTogetherPolicy {
        Objects.requireNonNull(assessmentWindow, "assessmentWindow");
        Objects.requireNonNull(icpcWindow, "icpcWindow");
        Objects.requireNonNull(icpcCountFrom, "icpcCountFrom");
        Objects.requireNonNull(firstReview, "firstReview");
        Objects.requireNonNull(reviewInterval, "reviewInterval");
        Objects.requireNonNull(strategyDiscussionWindow, "strategyDiscussionWindow");
        Objects.requireNonNull(counting, "counting");
        Objects.requireNonNull(dueSoon, "dueSoon");
        if (firstReview.isClockHours() || reviewInterval.isClockHours()) {
            throw new IllegalArgumentException("review conference intervals cannot be in clock hours");
        }
    }
}
