package org.doorstep.server.missing;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.transaction.annotation.Transactional;
import java.util.List;
import org.doorstep.protocol.missing.StoredMissingEpisode;
import org.doorstep.protocol.missing.StoredReturnInterview;
import org.doorstep.server.children.ChildIds;
import org.doorstep.server.children.ChildRepository;

/** Reads a child's missing episodes and return interviews, in the order the server stored them. */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/api/children/{childId}")
@ExecuteOn(TaskExecutors.BLOCKING)
class MissingController {
    private final ChildRepository children;
    private final MissingRecords records;

    MissingController(ChildRepository children, MissingRecords records) {
        this.children = children;
        this.records = records;
    }

    /** The latest version of each episode; with {@code history=true}, every version. */
    @Get("/missing-episodes")
    @Transactional(readOnly = true)
    List<StoredMissingEpisode> episodes(String childId, @QueryValue(defaultValue = "false") boolean history) {
        ChildIds.requireKnown(children, childId);
        return records.episodes().ofChild(childId, history).stream()
                .map(row -> (StoredMissingEpisode) records.episodes().toStored(row)).toList();
    }

    /** The latest version of each return interview; with {@code history=true}, every version. */
    @Get("/return-interviews")
    @Transactional(readOnly = true)
    List<StoredReturnInterview> interviews(String childId, @QueryValue(defaultValue = "false") boolean history) {
        ChildIds.requireKnown(children, childId);
        return records.interviews().ofChild(childId, history).stream()
                .map(row -> (StoredReturnInterview) records.interviews().toStored(row)).toList();
    }
}
