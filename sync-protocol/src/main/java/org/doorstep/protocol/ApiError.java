package org.doorstep.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A refusal the client can act on: a machine-readable code, a sentence for a person, and the
 * field at fault (a JSON path such as {@code visit.occurredAt}) where there is one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(ErrorCode code, String message, String field) {
    public ApiError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static ApiError of(ErrorCode code, String message) {
        return new ApiError(code, message, null);
    }

    public static ApiError onField(ErrorCode code, String field, String message) {
        return new ApiError(code, message, field);
    }

    /** The same error with its field placed under {@code prefix} (e.g. {@code visit}). */
    public ApiError under(String prefix) {
        return field == null ? this : new ApiError(code, message, prefix + "." + field);
    }
}
