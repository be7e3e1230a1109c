package org.doorstep.server.sync;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.doorstep.protocol.StoredRecord;
import org.doorstep.protocol.pull.Change;
import org.doorstep.protocol.pull.MissingEpisodeChange;
import org.doorstep.protocol.pull.PullResponse;
import org.doorstep.protocol.pull.ReturnInterviewChange;
import org.doorstep.protocol.pull.VisitChange;
import org.doorstep.protocol.push.AmendVisit;
import org.doorstep.protocol.push.Mutation;
import org.doorstep.protocol.push.MutationResult;
import org.doorstep.protocol.push.PushResponse;
import org.doorstep.protocol.push.RecordMissingEpisode;
import org.doorstep.protocol.push.RecordReturnInterview;
import org.doorstep.protocol.push.RecordVisit;
import org.doorstep.protocol.push.UpdateMissingEpisode;
import org.doorstep.protocol.push.UpdateReturnInterview;

/**
 * What sync did, for Prometheus (docs/OPERATIONS.md): mutations by kind and outcome, refusals by kind and
 * error code, and pull lag. Tags hold only kinds, outcomes and codes: never a person, child or device.
 */
@Singleton
class SyncMetrics {
    static final String MUTATIONS = "doorstep.sync.mutations";
    static final String REJECTIONS = "doorstep.sync.rejections";
    static final String PULL_LAG = "doorstep.sync.pull.lag";
    static final String PULL_CHANGES = "doorstep.sync.pull.changes";
    private static final String UNREADABLE = "unreadable";

    private final MeterRegistry registry;
    private final Timer pullLag;
    private final DistributionSummary pullChanges;

    SyncMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.pullLag = Timer.builder(PULL_LAG)
                .description("Server time minus the time the oldest record in a pull page was received: how stale a device's copy was")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofSeconds(1)).maximumExpectedValue(Duration.ofDays(30))
                .register(registry);
        this.pullChanges = DistributionSummary.builder(PULL_CHANGES).description("Changes per pull page")
                .publishPercentileHistogram().register(registry);
    }

    /** Counts each result of an applied push. */
    void pushed(ParsedPush push, PushResponse response) {
        List<MutationResult> results = response.results();
        for (int i = 0; i < results.size(); i++) {
            MutationResult result = results.get(i);
            String kind = push.entries().get(i) instanceof ParsedPush.Readable readable ? kind(readable.mutation()) : UNREADABLE;
            String outcome = result.outcome().name().toLowerCase(java.util.Locale.ROOT);
            Counter.builder(MUTATIONS).description("Pushed mutations by kind and outcome")
                    .tag("kind", kind).tag("outcome", outcome).register(registry).increment();
            if (result.outcome() == MutationResult.Outcome.REJECTED && result.error() != null) {
                Counter.builder(REJECTIONS).description("Rejected mutations by kind and error code")
                        .tag("kind", kind).tag("code", result.error().code().wireName()).register(registry).increment();
            }
        }
    }

    /** Records a pull page: its size, and its lag when it carries records. */
    void pulled(PullResponse page) {
        pullChanges.record(page.changes().size());
        Instant oldest = null;
        for (Change change : page.changes()) {
            Instant received = received(change);
            if (received != null && (oldest == null || received.isBefore(oldest))) {
                oldest = received;
            }
        }
        if (oldest != null) {
            pullLag.record(Duration.between(oldest, page.serverTime()).isNegative() ? Duration.ZERO
                    : Duration.between(oldest, page.serverTime()));
        }
    }

    private static Instant received(Change change) {
        StoredRecord stored = change instanceof VisitChange visit ? visit.visit()
                : change instanceof MissingEpisodeChange episode ? episode.episode()
                : change instanceof ReturnInterviewChange interview ? interview.interview() : null;
        return stored == null ? null : stored.receivedAt();
    }

    static String kind(Mutation mutation) {
        if (mutation instanceof RecordVisit) {
            return RecordVisit.TYPE;
        }
        if (mutation instanceof AmendVisit) {
            return AmendVisit.TYPE;
        }
        if (mutation instanceof RecordMissingEpisode) {
            return RecordMissingEpisode.TYPE;
        }
        if (mutation instanceof UpdateMissingEpisode) {
            return UpdateMissingEpisode.TYPE;
        }
        if (mutation instanceof RecordReturnInterview) {
            return RecordReturnInterview.TYPE;
        }
        if (mutation instanceof UpdateReturnInterview) {
            return UpdateReturnInterview.TYPE;
        }
        return "unknown";
    }
}
