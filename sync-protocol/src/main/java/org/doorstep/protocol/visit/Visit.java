package org.doorstep.protocol.visit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A home visit as the device recorded it. Immutable once submitted; a correction is a new version.
 *
 * <p>Every field is nullable on the wire so that a missing field is reported by
 * {@link VisitValidator} with its name, rather than silently defaulted by the JSON reader. The fields
 * after {@code notes} came with the full visit form; a device that does not send them (protocol 1's
 * first cut) recorded statutory visits only, which is what an absent {@code type} means.
 *
 * @param id             client-generated UUID, stable across retries
 * @param childId        the server's id of the child visited
 * @param occurredAt     when the visit happened, with the device's UTC offset at that moment
 * @param recordedAt     when the device saved the record, with the device's offset
 * @param seen           whether the child was seen in person
 * @param seenAlone      whether the child was seen alone; {@code null} when the child was not seen
 * @param notAloneReason why the child was not seen alone, in the worker's words
 * @param notes          anything else the worker noted
 * @param type           {@link #STATUTORY}, {@link #CORE_GROUP} or {@link #OTHER}; absent means statutory.
 *                       Only statutory visits count towards the visiting rules
 * @param notAloneCode   why a seen child was not seen alone, from {@link #NOT_ALONE_CODES} (the reasons
 *                       regulation 29 allows, and {@code other}); absent unless seen and not alone
 * @param bedroomSeen    whether the worker saw the child's bedroom; absent when not recorded
 * @param childViews     the child's views and wishes, in the child's words where possible
 * @param observations   what the worker observed
 * @param actions        what the worker will do next
 */
public record Visit(
        UUID id,
        String childId,
        OffsetDateTime occurredAt,
        OffsetDateTime recordedAt,
        Boolean seen,
        Boolean seenAlone,
        String notAloneReason,
        String notes,
        String type,
        String notAloneCode,
        Boolean bedroomSeen,
        String childViews,
        String observations,
        String actions) {
    public static final String STATUTORY = "statutory";
    public static final String CORE_GROUP = "core_group";
    public static final String OTHER = "other";
    public static final List<String> TYPES = List.of(STATUTORY, CORE_GROUP, OTHER);
    /** The child, of sufficient age and understanding, refused (reg 29(a)). */
    public static final String CHILD_REFUSED = "child_refused";
    /** Inappropriate given the child's age and understanding (reg 29(b)). */
    public static final String INAPPROPRIATE = "inappropriate_age_understanding";
    /** The worker was unable to (reg 29(c)). */
    public static final String UNABLE = "unable";
    /** Another reason, given in {@code notAloneReason}. */
    public static final String OTHER_REASON = "other";
    public static final List<String> NOT_ALONE_CODES = List.of(CHILD_REFUSED, INAPPROPRIATE, UNABLE, OTHER_REASON);

    /** A visit with the first cut's fields only: statutory, no form details. */
    public Visit(UUID id, String childId, OffsetDateTime occurredAt, OffsetDateTime recordedAt, Boolean seen,
                 Boolean seenAlone, String notAloneReason, String notes) {
        this(id, childId, occurredAt, recordedAt, seen, seenAlone, notAloneReason, notes, null, null, null, null,
                null, null);
    }

    /** The visit's type, with an absent type read as statutory. */
    public String typeOrStatutory() {
        return type == null ? STATUTORY : type;
    }
}
