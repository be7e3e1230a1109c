package org.doorstep.server.metrics;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;

/**
 * {@code /prometheus} answers only a scraper that sends {@code Authorization: Bearer <doorstep.metrics.token>}.
 * Without a configured token (at least 32 characters) the metrics are off and the address answers 404.
 * A scrape token rather than a sign-in: Prometheus cannot sign in, and the token opens nothing else.
 */
@ServerFilter({"/prometheus", "/prometheus/**"})
class MetricsGuard implements Ordered {
    static final int MINIMUM_LENGTH = 32;
    private static final String BEARER = "Bearer ";
    private final byte[] token;

    MetricsGuard(@Nullable @Value("${doorstep.metrics.token:}") String token) {
        this.token = token == null || token.length() < MINIMUM_LENGTH ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    @RequestFilter
    @Nullable
    HttpResponse<ApiError> check(HttpRequest<?> request) {
        if (token == null) {
            return HttpResponse.<ApiError>status(HttpStatus.NOT_FOUND).body(ApiError.of(ErrorCode.NOT_FOUND,
                    "Metrics are off: set DOORSTEP_METRICS_TOKEN (32 characters or more) to serve them"));
        }
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        byte[] presented = header != null && header.startsWith(BEARER)
                ? header.substring(BEARER.length()).getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(token, presented)) {
            return HttpResponse.<ApiError>status(HttpStatus.UNAUTHORIZED).body(ApiError.of(ErrorCode.UNAUTHENTICATED,
                    "Send the metrics token: Authorization: Bearer <DOORSTEP_METRICS_TOKEN>"));
        }
        return null;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
