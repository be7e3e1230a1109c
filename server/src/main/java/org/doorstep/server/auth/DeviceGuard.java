package org.doorstep.server.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;

/**
 * After the token is verified, checks what a token alone cannot say: that the device is still allowed
 * and the person still active. A revoked device may only push (to hand over what it still holds).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class DeviceGuard implements Ordered {
    static final String PUSH_PATH = "/api/sync/v1/push";
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private final Devices devices;
    private final Clock clock;

    DeviceGuard(Devices devices, Clock clock) {
        this.devices = devices;
        this.clock = clock;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<ApiError> check(HttpRequest<?> request) {
        Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
        if (authentication.isEmpty() || authentication.get().getAttributes().containsKey(Callers.WEB_SESSION)) {
            return null; // a dashboard session has no device; its standing was checked when the session was read
        }
        boolean push = request.getMethod() == HttpMethod.POST && PUSH_PATH.equals(request.getPath());
        if (Callers.pushOnly(authentication.get()) && !push) {
            return revoked();
        }
        String deviceId = Callers.deviceOf(authentication.get());
        Optional<Devices.Standing> standing = devices.standing(deviceId);
        if (standing.isEmpty() || !standing.get().device().userId().equals(authentication.get().getName())
                || !standing.get().userActive()) {
            return HttpResponse.<ApiError>status(HttpStatus.UNAUTHORIZED).body(ApiError.of(ErrorCode.UNAUTHENTICATED,
                    "This sign-in is no longer valid; sign in again"));
        }
        if (standing.get().scopeResetSeq() != scopeOf(authentication.get())) {
            // Issued before the person's access last changed: its roles may be out of date. The device refreshes.
            return HttpResponse.<ApiError>status(HttpStatus.UNAUTHORIZED).body(ApiError.of(ErrorCode.UNAUTHENTICATED,
                    "What this person may see has changed since this access token was issued; refresh it"));
        }
        Device device = standing.get().device();
        if (device.revoked() && !push) {
            return revoked();
        }
        Instant now = clock.instant();
        // A write only when the last note is over a minute old: most requests stay read-only here.
        if (device.lastSeenAt() == null || device.lastSeenAt().isBefore(now.minus(TOUCH_EVERY))) {
            devices.touch(deviceId, now);
        }
        return null;
    }

    /** The token's scope claim; 0 for a token without one (issued before the claim existed: nothing changed since). */
    private static long scopeOf(Authentication authentication) {
        Object claim = authentication.getAttributes().get(AccessTokens.SCOPE_CLAIM);
        return claim instanceof Number number ? number.longValue() : 0;
    }

    private static HttpResponse<ApiError> revoked() {
        return HttpResponse.<ApiError>status(HttpStatus.FORBIDDEN).body(ApiError.of(ErrorCode.DEVICE_REVOKED,
                "An administrator revoked this device: push any records it still holds, then wipe its local copy"));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
