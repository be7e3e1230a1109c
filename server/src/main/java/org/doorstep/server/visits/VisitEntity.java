package org.doorstep.server.visits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * One stored version of a visit. Times are {@link org.doorstep.server.db.TimeText} strings. The table's
 * key is (id, version); every query is written out in {@link VisitRepository}, so {@code @Id} here only
 * names the visit's id for the mapper.
 */
@MappedEntity("visit")
public record VisitEntity(
        @Id String id,
        int version,
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
        String timeFlags,
        String contentHash,
        boolean latest,
        long changeSeq,
        String visitType,
        @Nullable String notAloneCode,
        @Nullable Boolean bedroomSeen,
        @Nullable String childViews,
        @Nullable String observations,
        @Nullable String actions) {

    /** This row numbered {@code seq} in the change sequence. */
    public VisitEntity withChangeSeq(long seq) {
        return new VisitEntity(id, version, operationId, childId, deviceId, occurredAt, occurredOffset, recordedAt,
                recordedOffset, receivedAt, seen, seenAlone, notAloneReason, notes, timeFlags, contentHash, latest, seq,
                visitType, notAloneCode, bedroomSeen, childViews, observations, actions);
    }
}
