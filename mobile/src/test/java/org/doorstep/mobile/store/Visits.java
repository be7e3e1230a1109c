package org.doorstep.mobile.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.doorstep.protocol.visit.Visit;

/** Visits for tests. */
public final class Visits {
    private Visits() {
    }

    /** A valid visit to {@code childId}, seen but not alone, in British summer time. */
    public static Visit seenNotAlone(String childId) {
        OffsetDateTime occurred = OffsetDateTime.of(2025, 6, 2, 10, 15, 0, 0, ZoneOffset.ofHours(1));
        return new Visit(UUID.randomUUID(), childId, occurred, occurred.plusMinutes(40), true, false,
                "Child asked for her foster carer to stay", "Bedroom seen.");
    }

    /** A valid visit to {@code childId} in which the child was not seen. */
    public static Visit notSeen(String childId) {
        OffsetDateTime occurred = OffsetDateTime.of(2025, 1, 14, 16, 0, 0, 0, ZoneOffset.UTC);
        return new Visit(UUID.randomUUID(), childId, occurred, occurred.plusMinutes(5), false, null, null,
                "No answer at the door.");
    }

    /** A visit to {@code childId} with every field of the full form: a core group visit, seen not alone. */
    public static Visit fullForm(String childId) {
        OffsetDateTime occurred = OffsetDateTime.of(2025, 6, 3, 9, 30, 0, 0, ZoneOffset.ofHours(1));
        return new Visit(UUID.randomUUID(), childId, occurred, occurred.plusMinutes(50), true, false,
                "Her mother stayed in the room", "Dog in the garden.", Visit.CORE_GROUP, Visit.CHILD_REFUSED, true,
                "Wants to stay at her school.", "Calm, played with her brother.", "Ask the school nurse about her ear.");
    }
}
