package org.doorstep.server.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;

/**
 * Refusals of the security layer for a part of the server that answers people rather than programs (the
 * dashboard's pages): a page, or a way back to sign-in, instead of the API's JSON error.
 */
public interface RefusalPages {
    /** Whether this part answers {@code request}. */
    boolean handles(HttpRequest<?> request);

    /** The request carries no valid sign-in. */
    MutableHttpResponse<?> unauthenticated(HttpRequest<?> request);

    /** The signed-in person's role does not allow the request. */
    MutableHttpResponse<?> forbidden(HttpRequest<?> request);
}
