package org.doorstep.protocol.missing;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The return home interview for one missing episode: when it was offered, and whether the child took
 * part, declined, or a manager decided none was needed. Usually recorded when offered and updated when
 * it happens; every version is kept.
 *
 * @param id                client-generated UUID, stable across retries and updates
 * @param episodeId         the missing episode this interview follows
 * @param childId           the child (must be the episode's child)
 * @param offeredAt         when the interview was offered to the child
 * @param completedAt       when the interview took place
 * @param declinedAt        when the child declined the offer
 * @param outcome           {@code completed}, {@code declined}, {@code not_required}, or {@code null} while open
 * @param interviewerRole   who held it (e.g. independent return interview worker); a quality flag
 * @param childAccount      what the child said about where they were and why they went
 * @param risksIdentified   risks the interview found (exploitation, harm, ...)
 * @param followUp          the actions agreed
 * @param notRequiredReason why no interview is needed, and who decided; required for {@code not_required}
 * @param recordedAt        when the device saved this version
 * @param pushFactors       what pushed the child to go missing (conflict at home, bullying, ...), from the interview;
 *                          absent when not recorded (devices before the full form never sent it)
 * @param pullFactors       what drew the child away (a person, a place, exploitation, ...); absent when not recorded
 */
public record ReturnInterview(
        UUID id,
        UUID episodeId,
        String childId,
        OffsetDateTime offeredAt,
        OffsetDateTime completedAt,
        OffsetDateTime declinedAt,
        String outcome,
        String interviewerRole,
        String childAccount,
        String risksIdentified,
        String followUp,
        String notRequiredReason,
        OffsetDateTime recordedAt,
        String pushFactors,
        String pullFactors) {

    public static final String COMPLETED = "completed";
    public static final String DECLINED = "declined";
    public static final String NOT_REQUIRED = "not_required";

    /** An interview without push and pull factors (the fields before the full return interview form). */
    public ReturnInterview(UUID id, UUID episodeId, String childId, OffsetDateTime offeredAt, OffsetDateTime completedAt,
                           OffsetDateTime declinedAt, String outcome, String interviewerRole, String childAccount,
                           String risksIdentified, String followUp, String notRequiredReason, OffsetDateTime recordedAt) {
        this(id, episodeId, childId, offeredAt, completedAt, declinedAt, outcome, interviewerRole, childAccount,
                risksIdentified, followUp, notRequiredReason, recordedAt, null, null);
    }
}
