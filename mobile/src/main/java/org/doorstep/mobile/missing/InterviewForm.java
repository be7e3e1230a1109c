package org.doorstep.mobile.missing;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The return interview form as typed.
 *
 * @param id        the interview being updated, or null for a new one
 * @param episodeId the missing episode it follows
 * @param outcome   null while only offered; else {@code completed}, {@code declined} or {@code not_required}
 * @param heldDate  the day it was held (completed) or declined; {@code heldTime} as typed
 */
public record InterviewForm(UUID id, UUID episodeId, String childId, String outcome, LocalDate offeredDate,
                            String offeredTime, LocalDate heldDate, String heldTime, String interviewerRole,
                            String childAccount, String pushFactors, String pullFactors, String risksIdentified,
                            String followUp, String notRequiredReason) {
}
