package org.doorstep.mobile.store;

import java.util.Objects;
import org.doorstep.protocol.ApiError;

/**
 * Why the server refused a visit, as it said it. The code is kept as its wire name so that a code
 * added by a newer server is still stored and shown.
 *
 * @param code    the server's error code, e.g. {@code unknown_child}
 * @param message the server's sentence for a person
 * @param field   the field at fault (e.g. {@code visit.childId}), or null
 */
public record Rejection(String code, String message, String field) {
    public Rejection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static Rejection of(ApiError error) {
        return new Rejection(error.code().wireName(), error.message(), error.field());
    }
}
