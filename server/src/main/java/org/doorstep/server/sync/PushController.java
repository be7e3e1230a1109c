package org.doorstep.server.sync;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.doorstep.protocol.push.PushResponse;

/** {@code POST /api/sync/v1/push}: a device's batch of mutations, one result each. */
@Controller("/api/sync/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
class PushController {
    private final PushRequestReader reader = new PushRequestReader();
    private final PushService service;

    PushController(PushService service) {
        this.service = service;
    }

    @Post("/push")
    @Consumes(MediaType.APPLICATION_JSON)
    PushResponse push(@Body byte[] body) {
        return service.apply(reader.read(body));
    }
}
