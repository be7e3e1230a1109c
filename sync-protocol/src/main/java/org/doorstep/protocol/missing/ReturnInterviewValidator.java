package org.doorstep.protocol.missing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.FieldChecks;

/**
 * The checks every return interview passes, on the device and again on the server. The outcome and the
 * times must tell one story: a completed interview has {@code completedAt}, a declined one
 * {@code declinedAt}, never both, and either was offered first.
 */
public final class ReturnInterviewValidator {
    public static final Set<String> OUTCOMES = Set.of(ReturnInterview.COMPLETED, ReturnInterview.DECLINED,
            ReturnInterview.NOT_REQUIRED);
    public static final int MAX_ROLE_LENGTH = 200;
    public static final int MAX_REASON_LENGTH = 2_000;
    public static final int MAX_TEXT_LENGTH = 20_000;

    private ReturnInterviewValidator() {
    }

    /** All the problems with {@code interview} when checked at {@code now}; empty when it is valid. */
    public static List<ApiError> validate(ReturnInterview interview, Instant now) {
        List<ApiError> errors = new ArrayList<>();
        FieldChecks.present(interview.id(), "id", errors);
        FieldChecks.present(interview.episodeId(), "episodeId", errors);
        FieldChecks.childId(interview.childId(), "childId", errors);
        boolean offered = FieldChecks.time(interview.offeredAt(), "offeredAt", now, errors);
        boolean completed = FieldChecks.time(interview.completedAt(), "completedAt", now, errors);
        boolean declined = FieldChecks.time(interview.declinedAt(), "declinedAt", now, errors);
        FieldChecks.requiredTime(interview.recordedAt(), "recordedAt", now, errors);
        if ((interview.completedAt() != null || interview.declinedAt() != null) && interview.offeredAt() == null) {
            errors.add(ApiError.onField(ErrorCode.REQUIRED, "offeredAt",
                    "offeredAt is required once the interview was completed or declined"));
        }
        if (interview.completedAt() != null && interview.declinedAt() != null) {
            errors.add(ApiError.onField(ErrorCode.INCONSISTENT, "declinedAt",
                    "An interview cannot be both completed and declined"));
        }
        if (offered && completed) {
            FieldChecks.notBefore(interview.completedAt(), "completedAt", interview.offeredAt(), "offeredAt", errors);
        }
        if (offered && declined) {
            FieldChecks.notBefore(interview.declinedAt(), "declinedAt", interview.offeredAt(), "offeredAt", errors);
        }
        outcome(interview, errors);
        FieldChecks.length(interview.interviewerRole(), "interviewerRole", MAX_ROLE_LENGTH, errors);
        FieldChecks.length(interview.childAccount(), "childAccount", MAX_TEXT_LENGTH, errors);
        FieldChecks.length(interview.risksIdentified(), "risksIdentified", MAX_TEXT_LENGTH, errors);
        FieldChecks.length(interview.followUp(), "followUp", MAX_TEXT_LENGTH, errors);
        FieldChecks.length(interview.pushFactors(), "pushFactors", MAX_TEXT_LENGTH, errors);
        FieldChecks.length(interview.pullFactors(), "pullFactors", MAX_TEXT_LENGTH, errors);
        FieldChecks.length(interview.notRequiredReason(), "notRequiredReason", MAX_REASON_LENGTH, errors);
        return List.copyOf(errors);
    }

    private static void outcome(ReturnInterview interview, List<ApiError> errors) {
        String outcome = interview.outcome();
        if (outcome == null) {
            if (interview.completedAt() != null || interview.declinedAt() != null) {
                errors.add(ApiError.onField(ErrorCode.REQUIRED, "outcome",
                        "outcome is required once the interview was completed or declined"));
            }
            return;
        }
        if (!OUTCOMES.contains(outcome)) {
            errors.add(ApiError.onField(ErrorCode.INVALID_FORMAT, "outcome",
                    "outcome must be one of completed, declined, not_required; it was '" + outcome + "'"));
            return;
        }
        switch (outcome) {
            case ReturnInterview.COMPLETED -> {
                if (interview.completedAt() == null) {
                    errors.add(ApiError.onField(ErrorCode.REQUIRED, "completedAt", "completedAt is required when the outcome is completed"));
                }
            }
            case ReturnInterview.DECLINED -> {
                if (interview.declinedAt() == null) {
                    errors.add(ApiError.onField(ErrorCode.REQUIRED, "declinedAt", "declinedAt is required when the outcome is declined"));
                }
            }
            default -> {
                if (interview.completedAt() != null || interview.declinedAt() != null) {
                    errors.add(ApiError.onField(ErrorCode.INCONSISTENT, "outcome",
                            "An interview that took place or was declined cannot be marked not_required"));
                }
                if (interview.notRequiredReason() == null || interview.notRequiredReason().isBlank()) {
                    errors.add(ApiError.onField(ErrorCode.REQUIRED, "notRequiredReason",
                            "notRequiredReason is required when no interview is needed: say why and who decided"));
                }
            }
        }
    }
}
