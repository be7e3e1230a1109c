package org.doorstep.server.web;

import io.micronaut.http.HttpStatus;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;

/** Reads optional query parameters with the API's refusals (400 naming the parameter). */
public final class QueryParams {
    private QueryParams() {
    }

    public static Instant instant(String value, String field) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new ApiErrorException(HttpStatus.BAD_REQUEST, ApiError.onField(ErrorCode.INVALID_FORMAT, field,
                    field + " must be an ISO-8601 date-time with an offset, e.g. 2026-03-02T00:00:00Z"));
        }
    }

    public static int integer(String value, String field, int fallback, int min, int max) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw new ApiErrorException(HttpStatus.BAD_REQUEST, ApiError.onField(ErrorCode.INVALID_FORMAT, field,
                field + " must be a whole number from " + min + " to " + max));
    }
}
