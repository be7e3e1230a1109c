package org.doorstep.compliance.missing;

/**
 * What has happened about the return interview of one episode. Every part may be {@code null}: not happened.
 *
 * @param offeredAt   when the interview was offered
 * @param completedAt when it was carried out
 * @param declinedAt  when the child declined it
 * @param outcome     the recorded outcome
 */
public record ReturnInterview(java.time.Instant offeredAt, java.time.Instant completedAt,
                              java.time.Instant declinedAt, RhiOutcome outcome) {
    /** Nothing has happened yet. */
    public static final ReturnInterview NONE = new ReturnInterview(null, null, null, null);
}
