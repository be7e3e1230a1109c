package org.doorstep.protocol.visit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.FieldChecks;

/**
 * The checks every visit passes before it is stored, on the device and again on the server.
 * Field names in the errors are those of {@link Visit}.
 */
public final class VisitValidator {
    /** Child ids are the server's: letters, digits, '-' and '_', at most 64 characters. */
    public static final Pattern CHILD_ID = FieldChecks.CHILD_ID;
    public static final int MAX_REASON_LENGTH = 2_000;
    public static final int MAX_NOTES_LENGTH = 20_000;
    /** See {@link FieldChecks#FUTURE_TOLERANCE}. */
    public static final Duration FUTURE_TOLERANCE = FieldChecks.FUTURE_TOLERANCE;
    /** No visit Doorstep holds predates this. */
    public static final Instant EARLIEST = FieldChecks.EARLIEST;

    private VisitValidator() {
    }

    /** All the problems with {@code visit} when checked at {@code now}; empty when it is valid. */
    public static List<ApiError> validate(Visit visit, Instant now) {
        List<ApiError> errors = new ArrayList<>();
        FieldChecks.present(visit.id(), "id", errors);
        FieldChecks.childId(visit.childId(), "childId", errors);
        FieldChecks.requiredTime(visit.occurredAt(), "occurredAt", now, errors);
        FieldChecks.requiredTime(visit.recordedAt(), "recordedAt", now, errors);
        if (visit.seen() == null) {
            errors.add(FieldChecks.required("seen"));
        } else if (visit.seen()) {
            if (visit.seenAlone() == null) {
                errors.add(ApiError.onField(ErrorCode.REQUIRED, "seenAlone",
                        "seenAlone is required when the child was seen"));
            }
        } else if (Boolean.TRUE.equals(visit.seenAlone())) {
            errors.add(ApiError.onField(ErrorCode.INCONSISTENT, "seenAlone",
                    "seenAlone cannot be true when the child was not seen"));
        }
        FieldChecks.length(visit.notAloneReason(), "notAloneReason", MAX_REASON_LENGTH, errors);
        FieldChecks.length(visit.notes(), "notes", MAX_NOTES_LENGTH, errors);
        oneOf(visit.type(), "type", Visit.TYPES, errors);
        if (oneOf(visit.notAloneCode(), "notAloneCode", Visit.NOT_ALONE_CODES, errors)
                && !(Boolean.TRUE.equals(visit.seen()) && Boolean.FALSE.equals(visit.seenAlone()))) {
            errors.add(ApiError.onField(ErrorCode.INCONSISTENT, "notAloneCode",
                    "notAloneCode is only given when the child was seen but not alone"));
        }
        FieldChecks.length(visit.childViews(), "childViews", MAX_NOTES_LENGTH, errors);
        FieldChecks.length(visit.observations(), "observations", MAX_NOTES_LENGTH, errors);
        FieldChecks.length(visit.actions(), "actions", MAX_NOTES_LENGTH, errors);
        return List.copyOf(errors);
    }

    /** True when {@code value} is present and one of {@code allowed}; an absent value is no error here. */
    private static boolean oneOf(String value, String field, List<String> allowed, List<ApiError> errors) {
        if (value == null) {
            return false;
        }
        if (!allowed.contains(value)) {
            errors.add(ApiError.onField(ErrorCode.INVALID_FORMAT, field,
                    field + " must be one of " + String.join(", ", allowed) + "; it was '"
                    + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "'"));
            return false;
        }
        return true;
    }
}
