package org.doorstep.protocol.child;

import java.time.LocalDate;

/**
 * A looked-after child's placement ({@code cic_visit}, CPPCR 2010 reg 28).
 *
 * @param id                  the council's id of the placement
 * @param startDate           the day it started (for a care order with a parent, the day the order was made)
 * @param endDate             the day it ended; null while current
 * @param placementType       which part of reg 28 applies: {@code general}, {@code with_parent_reg19},
 *                            {@code connected_person_reg24}, {@code ico_with_parent}, {@code care_order_with_parent}
 *                            or {@code other_arrangements} (the compliance module's {@code PlacementType} codes)
 * @param intendedUntil18From the day the plan that it last until 18 was recorded; null if not so intended
 * @param longTermFosterFrom  the day it became a long-term foster placement (reg 28(3A)); null if not
 * @param childAgreedFrom     the day the child agreed to less frequent visits (reg 28(3A)); null if not
 * @param firstReviewDate     the child's first review (ends weekly visiting under reg 28(3), (4)); null before it
 */
public record PlacementEpisode(String id, LocalDate startDate, LocalDate endDate, String placementType,
                               LocalDate intendedUntil18From, LocalDate longTermFosterFrom, LocalDate childAgreedFrom,
                               LocalDate firstReviewDate) {
}
