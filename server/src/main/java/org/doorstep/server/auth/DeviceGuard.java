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
    private final Devices devices;
    private final Accounts accounts;
    private final Clock clock;

    DeviceGuard(Devices devices, Accounts accounts, Clock clock) {
        this.devices = devices;
        this.accounts = accounts;
        this.clock = clock;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<ApiError> check(HttpRequest<?> request) {
        Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
        if (authentication.isEmpty()) {
            return null;
        }
        boolean push = request.getMethod() == HttpMethod.POST && PUSH_PATH.equals(request.getPath());
        if (Callers.pushOnly(authentication.get()) && !push) {
            return revoked();
        }
        String deviceId = Callers.deviceOf(authentication.get());
        Optional<Device> device = devices.find(deviceId);
        boolean active = accounts.byId(authentication.get().getName()).map(Account::active).orElse(false);
        if (device.isEmpty() || !device.get().userId().equals(authentication.get().getName()) || !active) {
            return HttpResponse.<ApiError>status(HttpStatus.UNAUTHORIZED).body(ApiError.of(ErrorCode.UNAUTHENTICATED,
                    "This sign-in is no longer valid; sign in again"));
        }
        if (device.get().revoked() && !push) {
            return revoked();
        }
        Instant now = clock.instant();
        devices.touch(deviceId, now);
        return null;
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
