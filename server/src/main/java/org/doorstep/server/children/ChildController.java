package org.doorstep.server.children;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import org.doorstep.protocol.visit.ChildSummary;

/** The children a device may record visits for. Until sign-in exists this is every child. */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/api/children")
@ExecuteOn(TaskExecutors.BLOCKING)
class ChildController {
    private final ChildRepository children;

    ChildController(ChildRepository children) {
        this.children = children;
    }

    @Get
    List<ChildSummary> list() {
        return children.listOrderByDisplayName().stream()
                .map(child -> new ChildSummary(child.id(), child.displayName()))
                .toList();
    }
}
