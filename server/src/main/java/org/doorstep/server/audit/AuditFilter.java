package org.doorstep.server.audit;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * Which entries to list: every condition given must hold.
 *
 * @param childId entries about this child
 * @param userId  entries by this user
 * @param from    recorded at or after
 * @param to      recorded before
 */
public record AuditFilter(@Nullable String childId, @Nullable String userId, @Nullable Instant from, @Nullable Instant to) {
}
