package org.doorstep.server.missing;

import io.micronaut.data.connection.annotation.Connectable;
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
import org.doorstep.protocol.missing.StoredMissingEpisode;
import org.doorstep.protocol.missing.StoredReturnInterview;
import org.doorstep.server.access.AccessPolicy;
import org.doorstep.server.audit.AuditLog;
import org.doorstep.server.scope.Caller;

/** Reads a child's missing episodes and return interviews, for callers who may read the child (403 otherwise). */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/api/children/{childId}")
@ExecuteOn(TaskExecutors.BLOCKING)
class MissingController {
    private final AccessPolicy access;
    private final MissingRecords records;
    private final AuditLog audit;

    MissingController(AccessPolicy access, MissingRecords records, AuditLog audit) {
        this.access = access;
        this.records = records;
        this.audit = audit;
    }

    /** The latest version of each episode; with {@code history=true}, every version. */
    @Get("/missing-episodes")
    @Connectable
    List<StoredMissingEpisode> episodes(String childId, @QueryValue(defaultValue = "false") boolean history,
                                              Authentication authentication, HttpRequest<?> request) {
        Caller caller = Callers.of(authentication, request);
        access.requireRead(caller, childId);
        List<StoredMissingEpisode> list = records.episodes().ofChild(childId, history).stream()
                .map(row -> (StoredMissingEpisode) records.episodes().toStored(row)).toList();
        audit.record(caller, AuditLog.READ, childId, "missing_episodes", list.size() + " records");
        return list;
    }

    /** The latest version of each return interview; with {@code history=true}, every version. */
    @Get("/return-interviews")
    @Connectable
    List<StoredReturnInterview> interviews(String childId, @QueryValue(defaultValue = "false") boolean history,
                                               Authentication authentication, HttpRequest<?> request) {
        Caller caller = Callers.of(authentication, request);
        access.requireRead(caller, childId);
        List<StoredReturnInterview> list = records.interviews().ofChild(childId, history).stream()
                .map(row -> (StoredReturnInterview) records.interviews().toStored(row)).toList();
        audit.record(caller, AuditLog.READ, childId, "return_interviews", list.size() + " records");
        return list;
    }
}
