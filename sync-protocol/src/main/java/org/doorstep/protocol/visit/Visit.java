package org.doorstep.protocol.visit;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A home visit as the device recorded it. Immutable once submitted; a correction is a new record.
 *
 * <p>Every field is nullable on the wire so that a missing field is reported by
 * {@link VisitValidator} with its name, rather than silently defaulted by the JSON reader.
 *
 * @param id             client-generated UUID, stable across retries
 * @param childId        the server's id of the child visited
 * @param occurredAt     when the visit happened, with the device's UTC offset at that moment
 * @param recordedAt     when the device saved the record, with the device's offset
 * @param seen           whether the child was seen in person
 * @param seenAlone      whether the child was seen alone; {@code null} when the child was not seen
 * @param notAloneReason why the child was not seen alone, when seen but not alone
 * @param notes          the worker's notes: what the child said, what the worker observed
 */
public record Visit(
        UUID id,
        String childId,
        OffsetDateTime occurredAt,
        OffsetDateTime recordedAt,
        Boolean seen,
        Boolean seenAlone,
        String notAloneReason,
        String notes) {
}
