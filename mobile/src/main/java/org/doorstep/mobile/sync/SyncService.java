package org.doorstep.mobile.sync;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.doorstep.mobile.store.ChildStore;
import org.doorstep.mobile.store.OutboxEntry;
import org.doorstep.mobile.store.StoreException;
import org.doorstep.mobile.store.VisitStore;
import org.doorstep.protocol.ProtocolVersion;
import org.doorstep.protocol.push.Mutation;
import org.doorstep.protocol.push.MutationResult;
import org.doorstep.protocol.push.PushRequest;
import org.doorstep.protocol.push.PushResponse;
import org.doorstep.protocol.push.RecordVisit;

/**
 * Pushes the outbox and refreshes the children list. A visit is marked sent only when the server's
 * result for its operation says applied or duplicate; a batch whose answer did not arrive or cannot be
 * read changes nothing on the device and is pushed again, under the same operation ids, next time.
 */
public final class SyncService {
    private final VisitStore visits;
    private final ChildStore children;
    private final SyncClient client;
    private final String deviceId;
    private final int batchSize;

    public SyncService(VisitStore visits, ChildStore children, SyncClient client, String deviceId) {
        this(visits, children, client, deviceId, PushRequest.MAX_MUTATIONS);
    }

    /** {@code batchSize}: at most this many mutations per push, 1 to {@link PushRequest#MAX_MUTATIONS}. */
    public SyncService(VisitStore visits, ChildStore children, SyncClient client, String deviceId, int batchSize) {
        this.visits = Objects.requireNonNull(visits, "visits");
        this.children = Objects.requireNonNull(children, "children");
        this.client = Objects.requireNonNull(client, "client");
        this.deviceId = Objects.requireNonNull(deviceId, "deviceId");
        if (batchSize < 1 || batchSize > PushRequest.MAX_MUTATIONS) {
            throw new IllegalArgumentException("batchSize must be 1 to " + PushRequest.MAX_MUTATIONS + ", was " + batchSize);
        }
        this.batchSize = batchSize;
    }

    /** Runs one sync; blocks on the network, so never call it on the UI thread. Never throws. */
    public synchronized SyncSummary syncNow() {
        int sent = 0;
        int rejected = 0;
        try {
            List<OutboxEntry> outbox = visits.outbox();
            for (int from = 0; from < outbox.size(); from += batchSize) {
                List<OutboxEntry> batch = outbox.subList(from, Math.min(from + batchSize, outbox.size()));
                List<MutationResult> results = push(batch);
                visits.applyResults(results);
                for (MutationResult result : results) {
                    sent += result.acknowledged() ? 1 : 0;
                    rejected += result.outcome() == MutationResult.Outcome.REJECTED ? 1 : 0;
                }
            }
            children.replaceAll(client.children());
            return new SyncSummary(sent, rejected, visits.countWaiting(), null);
        } catch (SyncFailure | StoreException e) {
            return new SyncSummary(sent, rejected, waitingOrUnknown(), e.getMessage());
        }
    }

    private List<MutationResult> push(List<OutboxEntry> batch) throws SyncFailure {
        List<Mutation> mutations = new ArrayList<>(batch.size());
        for (OutboxEntry entry : batch) {
            mutations.add(new RecordVisit(entry.operationId(), entry.visit()));
        }
        PushResponse response = client.push(new PushRequest(ProtocolVersion.CURRENT, deviceId, mutations));
        return checked(batch, response);
    }

    /** The results, once they answer every operation of the batch exactly once with a usable outcome. */
    private static List<MutationResult> checked(List<OutboxEntry> batch, PushResponse response) throws SyncFailure {
        if (response.results() == null || response.results().size() != batch.size()) {
            throw new SyncFailure.ProtocolError("expected " + batch.size() + " results, got "
                    + (response.results() == null ? "none" : response.results().size()), null);
        }
        Set<UUID> expected = new HashSet<>();
        batch.forEach(entry -> expected.add(entry.operationId()));
        for (MutationResult result : response.results()) {
            if (result == null || result.outcome() == null || !expected.remove(result.operationId())) {
                throw new SyncFailure.ProtocolError("a result for an operation that was not sent", null);
            }
            if (result.outcome() == MutationResult.Outcome.REJECTED && result.error() == null) {
                throw new SyncFailure.ProtocolError("a rejection without a reason", null);
            }
        }
        return response.results();
    }

    private int waitingOrUnknown() {
        try {
            return visits.countWaiting();
        } catch (StoreException e) {
            return -1;
        }
    }
}
