package org.doorstep.server.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.time.Clock;
import java.util.List;
import org.doorstep.server.auth.Device;
import org.doorstep.server.auth.Devices;

/**
 * Administrators see every registered device and cut off a lost one: its next sync is refused and told
 * to wipe its local copy once it has pushed what it still holds.
 */
@Controller("/api/admin/devices")
@Secured("administrator")
@ExecuteOn(TaskExecutors.BLOCKING)
class DeviceAdminController {
    private final Devices devices;
    private final Clock clock;

    DeviceAdminController(Devices devices, Clock clock) {
        this.devices = devices;
        this.clock = clock;
    }

    @Get
    List<Device> list(@Nullable @QueryValue String userId) {
        return devices.list(userId);
    }

    @Post("/{id}/revoke")
    Device revoke(String id, Authentication administrator) {
        if (!devices.revoke(id, administrator.getName(), clock.instant())) {
            throw Checks.notFound("device " + id);
        }
        return devices.find(id).orElseThrow();
    }
}
