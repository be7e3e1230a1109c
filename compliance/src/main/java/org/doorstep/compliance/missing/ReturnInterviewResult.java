package org.doorstep.compliance.missing;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.doorstep.compliance.result.OneOffResult;
import org.doorstep.compliance.result.Status;

/**
 * The outcome of {@code rhi} for one episode.
 *
 * @param timing             the deadline and status under the policy's measure; for a {@code not_required} decision
 *                           the status is {@code compliant}, for a superseded episode {@code superseded}
 * @param offeredInTime      KPI: offered within the window; {@code null} while still open (not yet offered, deadline not passed)
 * @param completedInTime    KPI: carried out within the window; {@code null} while still open
 * @param outcome            the recorded outcome; may be null
 * @param completedAt        when the interview was carried out (completed at all); {@code null} if not
 * @param completionMargin   how early the interview itself was carried out, when compliant through completion;
 *                           {@code null} otherwise (a declined offer has no margin)
 */
public record ReturnInterviewResult(OneOffResult timing, Boolean offeredInTime, Boolean completedInTime,
                                    RhiOutcome outcome, Instant completedAt, Duration completionMargin) {
    public ReturnInterviewResult {
        Objects.requireNonNull(timing, "timing");
    }

    public Status status() {
        return timing.status();
    }

    /** KPI "completed at all". */
    public boolean completed() {
        return completedAt != null;
    }

    public Optional<Boolean> offeredWithinWindow() {
        return Optional.ofNullable(offeredInTime);
    }

    public Optional<Boolean> completedWithinWindow() {
        return Optional.ofNullable(completedInTime);
    }
}
