package org.doorstep.mobile.pull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.doorstep.protocol.visit.StoredVisit;
import org.doorstep.protocol.visit.Visit;

/**
 * What the visiting rules read of one visit: the server's latest version of it, or a visit recorded on this
 * device.
 *
 * @param id             the visit's id
 * @param childId        the child visited
 * @param occurredAt     when it happened
 * @param recordedAt     when the device saved it; null when unknown
 * @param receivedAt     when the server received it; null for a visit still on this device only
 * @param seen           the child was seen
 * @param seenAlone      the child was seen alone; null when not seen
 * @param notAloneReason why not seen alone, or null
 * @param type           {@code statutory}, {@code core_group} or {@code other}: only statutory visits count
 */
public record PulledVisit(UUID id, String childId, Instant occurredAt, Instant recordedAt, Instant receivedAt, boolean seen, Boolean seenAlone, String notAloneReason, String type) {
    public PulledVisit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(type, "type");
    }

    /** A version the server holds. */
    public static PulledVisit of(StoredVisit stored) {
        return of(stored.visit(), stored.receivedAt());
    }

    /** A visit as recorded, received by the server at {@code receivedAt} (null: not yet). */
    public static PulledVisit of(Visit visit, Instant receivedAt) {
        return new PulledVisit(visit.id(), visit.childId(), visit.occurredAt().toInstant(), instant(visit.recordedAt()), receivedAt,
                Boolean.TRUE.equals(visit.seen()), visit.seenAlone(), visit.notAloneReason(), visit.typeOrStatutory());
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
