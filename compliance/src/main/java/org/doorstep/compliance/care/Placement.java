package org.doorstep.compliance.care;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One placement of a looked-after child. Each placement restarts the first-visit week and the first year.
 *
 * @param start                 the placement's start (for a care order with a parent, the date the order was made)
 * @param end                   the day it ended; {@code null} while current (a later placement's start also ends it)
 * @param type                  which part of reg 28 applies
 * @param intendedUntil18From   the day the plan that it last until age 18 was recorded; {@code null} if not so intended
 * @param longTermFosterFrom    the day it became a long-term foster placement (reg 28(3A)); {@code null} if not
 * @param childAgreedFrom       the day the child agreed to less frequent visits (reg 28(3A)); {@code null} if not
 * @param firstReviewDate       the child's first review, which ends weekly visiting under reg 28(3) and 28(4);
 *                              {@code null} while it has not happened (weekly visiting continues)
 */
public record Placement(LocalDate start, LocalDate end, PlacementType type, LocalDate intendedUntil18From,
                        LocalDate longTermFosterFrom, LocalDate childAgreedFrom, LocalDate firstReviewDate) {
    public Placement {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(type, "type");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("placement end " + end + " is before its start " + start);
        }
    }

    /** A current general-case placement with no special status. */
    public static Placement general(LocalDate start) {
        return new Placement(start, null, PlacementType.GENERAL, null, null, null, null);
    }

    /** The first anniversary of the start (C3: 29 Feb + 12 months = 28 Feb). */
    public LocalDate firstAnniversary() {
        return start.plusMonths(12);
    }
}
