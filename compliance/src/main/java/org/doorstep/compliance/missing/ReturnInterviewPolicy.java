package org.doorstep.compliance.missing;

import java.util.Objects;
import org.doorstep.compliance.time.DayCounting;
import org.doorstep.compliance.time.DueSoonThresholds;
import org.doorstep.compliance.time.Interval;

/**
 * Settings for {@code rhi} (statutory guidance; measure, window and repeat policy configurable).
 *
 * @param window         72 clock hours by default; some councils use 3 working days
 * @param measure        what must happen within the window
 * @param repeatEpisodes what a new episode before the deadline does to the earlier obligation
 * @param counting       C4/C5 options for a day window
 * @param dueSoon        C11 thresholds (24h for the clock window)
 */
public record ReturnInterviewPolicy(Interval window, RhiMeasure measure, RepeatEpisodePolicy repeatEpisodes,
                                    DayCounting counting, DueSoonThresholds dueSoon) {
    /** RULES.md defaults: 72 clock hours, offered and completed or declined, each episode separately. */
    public static final ReturnInterviewPolicy DEFAULT = new ReturnInterviewPolicy(Interval.clockHours(72),
            RhiMeasure.COMPLETED_OR_DECLINED, RepeatEpisodePolicy.EACH_EPISODE, DayCounting.DEFAULT,
            DueSoonThresholds.DEFAULT);

    public ReturnInterviewPolicy {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(repeatEpisodes, "repeatEpisodes");
        Objects.requireNonNull(counting, "counting");
        Objects.requireNonNull(dueSoon, "dueSoon");
    }
}
