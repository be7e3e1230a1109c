package org.doorstep.server.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;

/**
 * Micronaut's own refusals (unknown address, wrong method or media type, unexpected failure) in the
 * API's {@link ApiError} shape, so every error a client meets has a machine-readable code.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
final class ApiErrorBodies implements JsonErrorResponseBodyProvider<ApiError> {

    @Override
    public ApiError body(ErrorContext context, HttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        return switch (status) {
            case NOT_FOUND -> ApiError.of(ErrorCode.NOT_FOUND, "Nothing is found at " + context.getRequest().getPath());
            case METHOD_NOT_ALLOWED -> ApiError.of(ErrorCode.METHOD_NOT_ALLOWED,
                    context.getRequest().getMethodName() + " is not allowed on " + context.getRequest().getPath());
            case UNSUPPORTED_MEDIA_TYPE -> ApiError.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json");
            // Also what Netty answers to an address over 4 KB or headers over 8 KB, before any controller runs.
            case REQUEST_ENTITY_TOO_LARGE -> ApiError.of(ErrorCode.BODY_TOO_LARGE,
                    "The request is larger than the server accepts: a body over 16 MB, or an overlong address or header");
            case SERVICE_UNAVAILABLE -> ApiError.of(ErrorCode.SERVER_UNAVAILABLE, "The server is unavailable; try again later");
            default -> status.getCode() >= 500
                    ? ApiError.of(ErrorCode.INTERNAL_ERROR, "The server failed to handle the request; try again later")
                    : ApiError.of(ErrorCode.MALFORMED_REQUEST, firstMessage(context, status));
        };
    }

    private static String firstMessage(ErrorContext context, HttpStatus status) {
        return context.getErrors().isEmpty() ? status.getReason() : context.getErrors().get(0).getMessage();
    }
}
