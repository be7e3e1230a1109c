package org.doorstep.protocol.child;

import java.time.LocalDate;

/**
 * A private fostering arrangement ({@code pf_initial_visit}, {@code pf_visit_interval}).
 *
 * @param id                       the council's id of the arrangement
 * @param notificationReceivedDate the day the council received the notification; null when it learnt otherwise
 * @param laAwareDate              the day the council became aware of it; null when the same as the notification
 * @param endDate                  the day it ended; null while it continues
 */
public record PrivateFosteringEpisode(String id, LocalDate notificationReceivedDate, LocalDate laAwareDate,
                                      LocalDate endDate) {
}
