package org.doorstep.mobile.store;

import java.util.Objects;
import java.util.UUID;
import org.doorstep.protocol.visit.Visit;

/**
 * A visit waiting to be pushed, with the operation id it is pushed under. The id was fixed when the visit
 * was saved and never changes, so a push repeated after a lost answer is recognised by the server as a
 * duplicate instead of being stored twice.
 */
public record OutboxEntry(UUID operationId, Visit visit) {
    public OutboxEntry {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(visit, "visit");
    }
}
