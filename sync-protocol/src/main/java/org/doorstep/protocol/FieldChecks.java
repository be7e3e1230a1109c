package org.doorstep.protocol;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks shared by every record's validator, so that the same mistake gets the same code and wording
 * whichever record it is in. Each adds its error to {@code errors} and reports whether the value passed.
 */
public final class FieldChecks {
    /** Child ids are the server's: letters, digits, '-' and '_', at most 64 characters. */
    public static final Pattern CHILD_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    /**
     * How far ahead of the checking clock a record may be dated. Devices with a wrong clock are common;
     * a day's tolerance accepts them (the server flags the skew) while refusing dates that cannot be
     * true, such as a visit in 2099.
     */
    public static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);
    /** No record Doorstep holds predates this. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private FieldChecks() {
    }

    public static ApiError required(String field) {
        return ApiError.onField(ErrorCode.REQUIRED, field, field + " is required");
    }

    public static boolean present(Object value, String field, List<ApiError> errors) {
        if (value == null || value instanceof String text && text.isBlank()) {
            errors.add(required(field));
            return false;
        }
        return true;
    }

    public static void childId(String value, String field, List<ApiError> errors) {
        if (present(value, field, errors) && !CHILD_ID.matcher(value).matches()) {
            errors.add(ApiError.onField(ErrorCode.INVALID_FORMAT, field,
                    field + " must be 1 to 64 letters, digits, '-' or '_'"));
        }
    }

    /** A time that may be absent; when present it must lie between 2000 and a day after {@code now}. */
    public static boolean time(OffsetDateTime value, String field, Instant now, List<ApiError> errors) {
        if (value == null) {
            return false;
        }
        Instant instant = value.toInstant();
        if (instant.isAfter(now.plus(FUTURE_TOLERANCE))) {
            errors.add(ApiError.onField(ErrorCode.IN_FUTURE, field,
                    field + " is more than a day after the server's clock (" + now + "); check the device's date and time"));
            return false;
        }
        if (instant.isBefore(EARLIEST)) {
            errors.add(ApiError.onField(ErrorCode.TOO_OLD, field, field + " is before 2000-01-01"));
            return false;
        }
        return true;
    }

    public static boolean requiredTime(OffsetDateTime value, String field, Instant now, List<ApiError> errors) {
        return present(value, field, errors) && time(value, field, now, errors);
    }

    public static void length(String value, String field, int max, List<ApiError> errors) {
        if (value != null && value.length() > max) {
            errors.add(ApiError.onField(ErrorCode.TOO_LONG, field,
                    field + " is " + value.length() + " characters; at most " + max + " are allowed"));
        }
    }

    /** Refuses {@code later} when it is before {@code earlier} (both present and already checked). */
    public static void notBefore(OffsetDateTime later, String laterField, OffsetDateTime earlier, String earlierField,
                                 List<ApiError> errors) {
        if (later != null && earlier != null && later.toInstant().isBefore(earlier.toInstant())) {
            errors.add(ApiError.onField(ErrorCode.INCONSISTENT, laterField,
                    laterField + " (" + later + ") is before " + earlierField + " (" + earlier + ")"));
        }
    }
}
