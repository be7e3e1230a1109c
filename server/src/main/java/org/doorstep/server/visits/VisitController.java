package org.doorstep.server.visits;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.http.HttpRequest;
import org.doorstep.server.auth.Callers;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import org.doorstep.protocol.visit.StoredVisit;
import org.doorstep.server.access.AccessPolicy;
import org.doorstep.server.audit.AuditLog;
import org.doorstep.server.scope.Caller;

/** Reads a child's visits, oldest first, for callers who may read the child (403 otherwise). */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/api/children/{childId}/visits")
@ExecuteOn(TaskExecutors.BLOCKING)
class VisitController {
    private final AccessPolicy access;
    private final VisitRepository visits;
    private final AuditLog audit;

    VisitController(AccessPolicy access, VisitRepository visits, AuditLog audit) {
        this.access = access;
        this.visits = visits;
        this.audit = audit;
    }

    /** The latest version of each visit; with {@code history=true}, every version, oldest first. */
    @Get
    List<StoredVisit> list(String childId, @QueryValue(defaultValue = "false") boolean history,
                           Authentication authentication, HttpRequest<?> request) {
        Caller caller = Callers.of(authentication, request);
        access.requireRead(caller, childId);
        List<VisitEntity> rows = history ? visits.findAllVersionsOfChild(childId) : visits.findLatestOfChild(childId);
        audit.record(caller, AuditLog.READ, childId, "visits", rows.size() + (history ? " versions" : " visits"));
        return rows.stream().map(VisitRows::toStored).toList();
    }
}
