package org.doorstep.server.auth;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.server.web.RefusalPages;

/** Refusals by the security layer in the API's error shape: a code, a sentence, no data (pages: see {@link RefusalPages}). */
@Produces
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class SecurityRefusals implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {
    private final List<RefusalPages> pages;

    SecurityRefusals(List<RefusalPages> pages) {
        this.pages = pages;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        for (RefusalPages page : pages) {
            if (page.handles(request)) {
                return exception.isForbidden() ? page.forbidden(request) : page.unauthenticated(request);
            }
        }
        if (exception.isForbidden()) {
            return HttpResponse.status(HttpStatus.FORBIDDEN).body(ApiError.of(ErrorCode.FORBIDDEN,
                    "Your role does not allow this request"));
        }
        return HttpResponse.status(HttpStatus.UNAUTHORIZED).body(ApiError.of(ErrorCode.UNAUTHENTICATED,
                "Sign in first: this request needs a valid access token (Authorization: Bearer ...)"));
    }
}
