package org.doorstep.server.dashboard.review;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * A visit (its latest version) at which the child was seen but not alone, with the manager's latest review
 * of that version if there is one.
 *
 * @param reason       the worker's reason: the reason code's words and the free text, as recorded
 * @param decision     agreed or challenged; null while awaiting review
 */
public record ReviewItem(String visitId, int version, String childId, String childName, @Nullable String workerId,
                         @Nullable String workerName, Instant occurredAt, String reason, @Nullable String decision,
                         @Nullable String comment, @Nullable String reviewerName, @Nullable Instant reviewedAt) {
    public boolean awaiting() {
        return decision == null;
    }
}
