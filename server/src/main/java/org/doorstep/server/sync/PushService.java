package org.doorstep.server.sync;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.push.PushResponse;
import org.doorstep.protocol.push.RecordVisit;
import org.doorstep.server.scope.Caller;
import org.doorstep.server.visits.VisitWriter;
import org.doorstep.server.web.ApiErrorException;

/**
 * Applies a push: first the work that needs no database (the device check; each new visit validated,
 * fingerprinted and turned into its row), then {@link PushTransaction} writes, in a group commit with the
 * pushes that arrived meanwhile ({@link PushCommits}). Pushes are written one at a time, so whatever runs
 * inside the transaction holds up every other device's push.
 */
@Singleton
class PushService {
    private final PushCommits commits;
    private final VisitWriter visits;
    private final Clock clock;
    private final SyncMetrics metrics;

    PushService(PushCommits commits, VisitWriter visits, Clock clock, SyncMetrics metrics) {
        this.commits = commits;
        this.visits = visits;
        this.clock = clock;
        this.metrics = metrics;
    }

    public PushResponse apply(ParsedPush push, Caller caller) {
        Instant now = clock.instant();
        if (!caller.deviceId().equals(push.deviceId())) {
            throw new ApiErrorException(HttpStatus.FORBIDDEN, ApiError.onField(ErrorCode.FORBIDDEN, "deviceId",
                    "deviceId is not the device this access token was issued to"));
        }
        List<VisitWriter.Prepared> prepared = new ArrayList<>(push.entries().size());
        for (ParsedPush.Entry entry : push.entries()) {
            prepared.add(entry instanceof ParsedPush.Readable readable && readable.mutation() instanceof RecordVisit record
                    ? visits.prepare(record, caller.deviceId(), now) : null);
        }
        PushResponse response = commits.apply(push, prepared, caller, now);
        metrics.pushed(push, response);
        return response;
    }
}
