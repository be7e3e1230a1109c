package org.doorstep.server.admin;

import io.micronaut.http.HttpStatus;
import java.util.regex.Pattern;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.server.web.ApiErrorException;

/** Field checks for administrators' requests: the first problem refuses the request, naming the field. */
final class Checks {
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{1,99}");

    private Checks() {
    }

    static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw bad(ErrorCode.REQUIRED, field, field + " is required");
        }
        if (value.length() > maxLength) {
            throw bad(ErrorCode.TOO_LONG, field, field + " is longer than " + maxLength + " characters");
        }
        return value.strip();
    }

    static String matching(String field, String value, Pattern pattern, String shape) {
        String text = text(field, value, 100);
        if (!pattern.matcher(text).matches()) {
            throw bad(ErrorCode.INVALID_FORMAT, field, field + " must be " + shape);
        }
        return text;
    }

    static ApiErrorException bad(ErrorCode code, String field, String message) {
        return new ApiErrorException(HttpStatus.BAD_REQUEST, ApiError.onField(code, field, message));
    }

    static ApiErrorException conflict(String field, String message) {
        return new ApiErrorException(HttpStatus.CONFLICT, ApiError.onField(ErrorCode.INCONSISTENT, field, message));
    }

    static ApiErrorException notFound(String what) {
        return new ApiErrorException(HttpStatus.NOT_FOUND, ApiError.of(ErrorCode.NOT_FOUND, what + " does not exist"));
    }
}
