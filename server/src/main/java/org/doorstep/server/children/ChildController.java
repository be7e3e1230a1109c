package org.doorstep.server.children;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.http.HttpRequest;
import org.doorstep.server.auth.Callers;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import java.util.Set;
import org.doorstep.protocol.visit.ChildSummary;
import org.doorstep.server.access.AccessPolicy;
import org.doorstep.server.audit.AuditLog;
import org.doorstep.server.scope.Caller;

/** The children the caller may read, by name. */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/api/children")
@ExecuteOn(TaskExecutors.BLOCKING)
class ChildController {
    private final ChildRepository children;
    private final AccessPolicy access;
    private final AuditLog audit;

    ChildController(ChildRepository children, AccessPolicy access, AuditLog audit) {
        this.children = children;
        this.access = access;
        this.audit = audit;
    }

    @Get
    List<ChildSummary> list(Authentication authentication, HttpRequest<?> request) {
        Caller caller = Callers.of(authentication, request);
        Set<String> visible = access.visibleChildren(caller).keySet();
        List<ChildSummary> list = visible.isEmpty() ? List.of() : children.findAmongOrderByDisplayName(visible).stream()
                .map(child -> new ChildSummary(child.id(), child.displayName()))
                .toList();
        audit.record(caller, AuditLog.READ, null, "children", list.size() + " children listed");
        return list;
    }
}
