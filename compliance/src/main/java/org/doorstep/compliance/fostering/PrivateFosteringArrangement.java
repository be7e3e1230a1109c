package org.doorstep.compliance.fostering;

import java.time.LocalDate;

/**
 * A private fostering arrangement (Children (Private Arrangements for Fostering) Regs 2005).
 *
 * @param notificationReceivedDate the day the council received the notification (regs 3-7); {@code null} when
 *                                 the council learnt of it otherwise
 * @param laAwareDate              the day the council became aware of it, when the arrangement is deemed to begin
 *                                 (reg 8(6)); {@code null} when the same as the notification
 * @param endDate                  the day it ended; {@code null} while it continues
 * @param evaluateFrom             gaps opening before this day are not assessed (C14); may be null
 */
public record PrivateFosteringArrangement(LocalDate notificationReceivedDate, LocalDate laAwareDate,
                                          LocalDate endDate, LocalDate evaluateFrom) {
    public PrivateFosteringArrangement {
        if (notificationReceivedDate == null && laAwareDate == null) {
            throw new IllegalArgumentException("a private fostering arrangement needs notificationReceivedDate or laAwareDate");
        }
    }

    /** Day 0 of the first visit (reg 4(1), 7(1)): the notification, or the day the council became aware without one. */
    public LocalDate initialVisitStart() {
        return notificationReceivedDate != null ? notificationReceivedDate : laAwareDate;
    }

    /** Day 0 of the reg 8 visits: the day the council became aware, or the notification when not recorded. */
    public LocalDate arrangementStart() {
        return laAwareDate != null ? laAwareDate : notificationReceivedDate;
    }
}
