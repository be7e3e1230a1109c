package org.doorstep.mobile.missing;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The missing episode form as typed.
 *
 * @param id           the episode being updated, or null for a new one
 * @param childId      the child
 * @param wentDate     the day the child went missing; {@code wentTime} as typed, e.g. {@code 21:30}
 * @param returnedDate the day the child came back (null while still missing); {@code returnedTime} as typed
 */
public record EpisodeForm(UUID id, String childId, LocalDate wentDate, String wentTime, LocalDate returnedDate,
                          String returnedTime, String policeReference, String notes) {
}
