package org.doorstep.mobile.store;

import java.util.Objects;
import java.util.UUID;
import org.doorstep.protocol.visit.Visit;

/**
 * A visit, or a correction of one, waiting to be pushed, with the operation id it is pushed under. The id
 * was fixed when the visit was saved and never changes, so a push repeated after a lost answer is recognised
 * by the server as a duplicate instead of being stored twice.
 *
 * @param baseVersion null for a new visit ({@code record_visit}); for a correction ({@code amend_visit}) the
 *                    version it corrects
 */
public record OutboxEntry(UUID operationId, Visit visit, Integer baseVersion) {
    public OutboxEntry {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(visit, "visit");
    }

    /** A new visit's entry. */
    public OutboxEntry(UUID operationId, Visit visit) {
        this(operationId, visit, null);
    }

    /** True for a correction of a visit the server holds (or will, once the entries before it are sent). */
    public boolean correction() {
        return baseVersion != null;
    }
}
