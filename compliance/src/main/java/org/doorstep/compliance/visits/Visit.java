package org.doorstep.compliance.visits;

import java.time.Instant;
import java.util.Objects;

/**
 * A recorded visit, as the rules see it.
 *
 * @param at             when the visit happened (an instant; its London date is what the rules use, C1)
 * @param seen           the child was seen in person by the responsible worker (C7)
 * @param seenAlone      the child was seen alone (C8); false when not recorded
 * @param notAloneReason why the child was not seen alone; {@code null} when none was recorded
 * @param type           statutory visit, core group or other; only statutory visits count
 * @param recordedAt     when the device recorded it (device clock); {@code null} when unknown
 * @param receivedAt     when the server received it; {@code null} when unknown (e.g. still on the device)
 */
public record Visit(Instant at, boolean seen, boolean seenAlone, String notAloneReason, VisitType type,
                    Instant recordedAt, Instant receivedAt) {
    public Visit {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        if (notAloneReason != null && notAloneReason.isBlank()) {
            notAloneReason = null;
        }
    }

    /** A statutory visit at which the child was seen, and seen alone. */
    public static Visit seenAlone(Instant at) {
        return new Visit(at, true, true, null, VisitType.STATUTORY, null, null);
    }

    /** A statutory visit with no device or server times. */
    public static Visit statutory(Instant at, boolean seen, boolean seenAlone, String notAloneReason) {
        return new Visit(at, seen, seenAlone, notAloneReason, VisitType.STATUTORY, null, null);
    }

    /** True when the visit counts towards a frequency rule (C7, and C8's option). */
    public boolean qualifies(boolean requireSeenAlone) {
        return type == VisitType.STATUTORY && seen && (seenAlone || !requireSeenAlone);
    }
}
