package org.doorstep.server.access;

import io.micronaut.core.annotation.Nullable;

/**
 * What about a child decides who may see it, as it stands now or as it stood before or after a scope
 * change.
 *
 * @param teamId     the child's team, or null
 * @param workerId   the allocated worker's user id, or null
 * @param closed     the case is closed
 * @param hasMissing the child has at least one missing episode (brings in the area's return interview officers)
 */
public record ChildState(@Nullable String teamId, @Nullable String workerId, boolean closed, boolean hasMissing) {
}
