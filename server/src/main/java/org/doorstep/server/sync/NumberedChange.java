package org.doorstep.server.sync;

import io.micronaut.core.annotation.Nullable;
import org.doorstep.protocol.pull.Change;

/**
 * A change with the change number it is ordered by and the child whose data it carries (null for changes
 * that carry none: removals and policy).
 */
record NumberedChange(long number, @Nullable String childId, Change change) {
}
