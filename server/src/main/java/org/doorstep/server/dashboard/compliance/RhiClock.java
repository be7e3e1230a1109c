package org.doorstep.server.dashboard.compliance;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * The return interview clock of one missing episode after the child's return (a row of {@code rhi_snapshot}).
 *
 * @param deadline        when the interview obligation must be met (for a day window: the end of its last day)
 * @param status          the engine's status code (compliant, due_soon, not_yet_due, overdue, late, superseded)
 * @param offeredInTime   offered within the window; null while that is still open
 * @param completedInTime carried out within the window; null while that is still open
 * @param done            the obligation is met, or ended (declined, not required, superseded)
 */
public record RhiClock(String episodeId, String childId, @Nullable String teamId, @Nullable String workerId,
                       Instant returnedAt, Instant deadline, String status, @Nullable Boolean offeredInTime,
                       @Nullable Boolean completedInTime, boolean done) {
    /** Waiting for its interview with the deadline still ahead. */
    public boolean pending() {
        return !done && ("due_soon".equals(status) || "not_yet_due".equals(status));
    }

    public boolean overdue() {
        return "overdue".equals(status);
    }
}
