package org.doorstep.server.web;

import io.micronaut.http.HttpStatus;
import org.doorstep.protocol.ApiError;

/** Refuses a whole request with an HTTP status and an {@link ApiError} body. Nothing has been stored. */
public final class ApiErrorException extends RuntimeException {
    private final HttpStatus status;
    private final transient ApiError error;

    public ApiErrorException(HttpStatus status, ApiError error) {
        super(error.message(), null, false, false);
        this.status = status;
        this.error = error;
    }

    public HttpStatus status() {
        return status;
    }

    public ApiError error() {
        return error;
    }
}
