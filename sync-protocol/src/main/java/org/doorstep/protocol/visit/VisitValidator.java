package org.doorstep.protocol.visit;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;

/**
 * The checks every visit passes before it is stored, on the device and again on the server.
 * Field names in the errors are those of {@link Visit}.
 */
public final class VisitValidator {
    /** Child ids are the server's: letters, digits, '-' and '_', at most 64 characters. */
    public static final Pattern CHILD_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    public static final int MAX_REASON_LENGTH = 2_000;
    public static final int MAX_NOTES_LENGTH = 20_000;
    /**
     * How far ahead of the checking clock a visit may be dated. Devices with a wrong clock are
     * common; a day's tolerance accepts them (compliance flags the skew) while refusing dates that
     * cannot be true, such as a visit in 2099.
     */
    public static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);
    /** No visit Doorstep holds predates this. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private VisitValidator() {
    }

    /** All the problems with {@code visit} when checked at {@code now}; empty when it is valid. */
    public static List<ApiError> validate(Visit visit, Instant now) {
        List<ApiError> errors = new ArrayList<>();
        if (visit.id() == null) {
            errors.add(required("id"));
        }
        if (visit.childId() == null || visit.childId().isBlank()) {
            errors.add(required("childId"));
        } else if (!CHILD_ID.matcher(visit.childId()).matches()) {
            errors.add(ApiError.onField(ErrorCode.INVALID_FORMAT, "childId",
                    "childId must be 1 to 64 letters, digits, '-' or '_'"));
        }
        checkTime(visit.occurredAt(), "occurredAt", now, errors);
        checkTime(visit.recordedAt(), "recordedAt", now, errors);
        if (visit.seen() == null) {
            errors.add(required("seen"));
        } else if (visit.seen()) {
            if (visit.seenAlone() == null) {
                errors.add(ApiError.onField(ErrorCode.REQUIRED, "seenAlone",
                        "seenAlone is required when the child was seen"));
            }
        } else if (Boolean.TRUE.equals(visit.seenAlone())) {
            errors.add(ApiError.onField(ErrorCode.INCONSISTENT, "seenAlone",
                    "seenAlone cannot be true when the child was not seen"));
        }
        checkLength(visit.notAloneReason(), "notAloneReason", MAX_REASON_LENGTH, errors);
        checkLength(visit.notes(), "notes", MAX_NOTES_LENGTH, errors);
        return List.copyOf(errors);
    }

    private static void checkTime(OffsetDateTime value, String field, Instant now, List<ApiError> errors) {
        if (value == null) {
            errors.add(required(field));
            return;
        }
        Instant instant = value.toInstant();
        if (instant.isAfter(now.plus(FUTURE_TOLERANCE))) {
            errors.add(ApiError.onField(ErrorCode.IN_FUTURE, field,
                    field + " is more than a day after the server's clock (" + now + "); check the device's date and time"));
        } else if (instant.isBefore(EARLIEST)) {
            errors.add(ApiError.onField(ErrorCode.TOO_OLD, field, field + " is before 2000-01-01"));
        }
    }

    private static void checkLength(String value, String field, int max, List<ApiError> errors) {
        if (value != null && value.length() > max) {
            errors.add(ApiError.onField(ErrorCode.TOO_LONG, field,
                    field + " is " + value.length() + " characters; at most " + max + " are allowed"));
        }
    }

    private static ApiError required(String field) {
        return ApiError.onField(ErrorCode.REQUIRED, field, field + " is required");
    }
}
