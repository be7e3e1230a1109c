package org.doorstep.server.dashboard.session;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import java.util.Map;
import org.doorstep.protocol.auth.Role;
import org.doorstep.server.auth.AccessTokens;
import org.doorstep.server.auth.Callers;
import org.reactivestreams.Publisher;

/**
 * The authentication of a dashboard request with a live session (read by {@link WebSessionFilter}), with
 * the same attributes as an access token's, so {@code @Secured} and {@link Callers#of} work unchanged.
 * Only requests under {@code /dashboard} are ever authenticated by a session cookie: the API stays
 * bearer-only, so a cookie can never be used to call it from another site.
 */
@Singleton
class WebSessionFetcher implements AuthenticationFetcher<HttpRequest<?>> {
    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        return DashboardRequests.session(request)
                .map(session -> Publishers.just(Authentication.build(session.userId(),
                        session.roles().stream().map(Role::wireName).sorted().toList(),
                        Map.of(AccessTokens.USERNAME_CLAIM, session.username(), AccessTokens.DEVICE_CLAIM, session.deviceId(),
                                Callers.WEB_SESSION, session.id()))))
                .orElseGet(Publishers::empty);
    }
}
