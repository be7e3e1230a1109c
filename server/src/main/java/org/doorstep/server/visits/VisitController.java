package org.doorstep.server.visits;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.visit.StoredVisit;
import org.doorstep.protocol.visit.VisitValidator;
import org.doorstep.server.children.ChildIds;
import org.doorstep.server.children.ChildRepository;
import org.doorstep.server.web.ApiErrorException;

/** Reads a child's visits, oldest first. */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/api/children/{childId}/visits")
@ExecuteOn(TaskExecutors.BLOCKING)
class VisitController {
    private final ChildRepository children;
    private final VisitRepository visits;

    VisitController(ChildRepository children, VisitRepository visits) {
        this.children = children;
        this.visits = visits;
    }

    /** The latest version of each visit; with {@code history=true}, every version, oldest first. */
    @Get
    List<StoredVisit> list(String childId, @QueryValue(defaultValue = "false") boolean history) {
        ChildIds.requireKnown(children, childId);
        List<VisitEntity> rows = history ? visits.findAllVersionsOfChild(childId) : visits.findLatestOfChild(childId);
        return rows.stream().map(VisitRows::toStored).toList();
    }
}
