package org.doorstep.compliance.workingtogether;

import java.time.Instant;
import java.util.Objects;

/**
 * A strategy discussion or meeting.
 *
 * @param at          when it was held
 * @param s47Decision the discussion at which the s.47 enquiry decision was made
 */
public record StrategyDiscussion(Instant at, boolean s47Decision) {
    public StrategyDiscussion {
        Objects.requireNonNull(at, "at");
    }
}
