package org.doorstep.server.visits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A stored visit row. Times are {@link org.doorstep.server.db.TimeText} strings. */
@MappedEntity("visit")
public record VisitEntity(
        @Id String id,
        String operationId,
        String childId,
        String deviceId,
        String occurredAt,
        String occurredOffset,
        String recordedAt,
        String recordedOffset,
        String receivedAt,
        boolean seen,
        @Nullable Boolean seenAlone,
        @Nullable String notAloneReason,
        @Nullable String notes,
        String contentHash) {
}
