package org.doorstep.server.sync;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.http.HttpRequest;
import org.doorstep.server.auth.Callers;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import org.doorstep.protocol.push.PushRequest;
import org.doorstep.protocol.push.PushResponse;
import org.doorstep.server.scope.Caller;

/** {@code POST /api/sync/v1/push}: a device's batch of mutations, one result each. */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/api/sync/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
class PushController {
    private final PushRequestReader reader = new PushRequestReader();
    private final PushService service;

    PushController(PushService service) {
        this.service = service;
    }

    /** The body is read by {@link PushRequestReader} so that each unreadable mutation is rejected alone. */
    @Post("/push")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Push a batch of mutations; one result per mutation, in order")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PushRequest.class)))
    PushResponse push(Authentication authentication, HttpRequest<?> request, @Body byte[] body) {
        ParsedPush push = reader.read(body);
        return service.apply(push, Callers.of(authentication, request));
    }
}
