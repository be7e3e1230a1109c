package org.doorstep.mobile.sync;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.doorstep.mobile.store.InMemoryMissingStore;
import org.doorstep.mobile.store.LocalWipe;
import org.doorstep.mobile.store.MissingStore;
import org.doorstep.mobile.store.OutboxEntry;
import org.doorstep.mobile.store.StoreException;
import org.doorstep.mobile.store.VisitStore;
import org.doorstep.protocol.ProtocolVersion;
import org.doorstep.protocol.push.AmendVisit;
import org.doorstep.protocol.push.Mutation;
import org.doorstep.protocol.push.MutationResult;
import org.doorstep.protocol.push.PushRequest;
import org.doorstep.protocol.push.PushResponse;
import org.doorstep.protocol.push.RecordVisit;

/**
 * Pushes the outbox, then pulls the server's changes ({@link Pull}), with the access token {@link Authenticator} keeps. A
 * visit is marked sent only when the server's result for its operation says applied or duplicate; a batch
 * whose answer did not arrive or cannot be read changes nothing on the device and is pushed again, under the
 * same operation ids, next time. When the server says the device was revoked, everything unsent is pushed
 * with the push-only token, then what the server holds is wiped from the device; unsent visits are never
 * wiped.
 */
public final class SyncService {
    /** Brings the server's changes to the device after a successful push (the app's: {@code pull.Puller}). */
    @FunctionalInterface
    public interface Pull {
        void run() throws SyncFailure;
    }

    private final VisitStore visits;
    private final MissingStore missing;
    private final Pull pull;
    private final SyncClient client;
    private final Authenticator auth;
    private final LocalWipe wipe;
    private final int batchSize;

    public SyncService(VisitStore visits, Pull pull, SyncClient client, Authenticator auth, LocalWipe wipe) {
        this(visits, pull, client, auth, wipe, PushRequest.MAX_MUTATIONS);
    }

    /** {@code batchSize}: at most this many mutations per push, 1 to {@link PushRequest#MAX_MUTATIONS}. */
    public SyncService(VisitStore visits, Pull pull, SyncClient client, Authenticator auth, LocalWipe wipe,
                       int batchSize) {
        this(visits, new InMemoryMissingStore(), pull, client, auth, wipe, batchSize);
    }

    /**
     * {@code missing}: the missing episodes and return interviews recorded on the device, pushed after the visits
     * (the app's; the other constructors use an empty store, for tools that record visits only).
     */
    public SyncService(VisitStore visits, MissingStore missing, Pull pull, SyncClient client, Authenticator auth,
                       LocalWipe wipe, int batchSize) {
        this.visits = Objects.requireNonNull(visits, "visits");
        this.missing = Objects.requireNonNull(missing, "missing");
        this.pull = Objects.requireNonNull(pull, "pull");
        this.client = Objects.requireNonNull(client, "client");
        this.auth = Objects.requireNonNull(auth, "auth");
        this.wipe = Objects.requireNonNull(wipe, "wipe");
        if (batchSize < 1 || batchSize > PushRequest.MAX_MUTATIONS) {
            throw new IllegalArgumentException("batchSize must be 1 to " + PushRequest.MAX_MUTATIONS + ", was " + batchSize);
        }
        this.batchSize = batchSize;
    }

    /** Runs one sync; blocks on the network, so never call it on the UI thread. Never throws. */
    public synchronized SyncSummary syncNow() {
        Counts counts = new Counts();
        try {
            pushOutbox(counts);
            if (auth.revoked()) {
                return afterRevocation(counts, null);
            }
            pull.run();
            return new SyncSummary(counts.sent, counts.rejected, visits.countWaiting() + missing.countWaiting(), null);
        } catch (SyncFailure.DeviceRevoked e) {
            // A read or a push with an ordinary token was refused: push again, with a push-only token.
            auth.deviceRevoked();
            return afterRevocation(counts, pushAgain(counts));
        } catch (SyncFailure.SignInRequired e) {
            return new SyncSummary(counts.sent, counts.rejected, waitingOrUnknown(), e.getMessage(),
                    SyncSummary.Session.SIGN_IN_REQUIRED);
        } catch (SyncFailure | StoreException e) {
            if (auth.revoked()) {
                return afterRevocation(counts, e.getMessage());
            }
            return new SyncSummary(counts.sent, counts.rejected, waitingOrUnknown(), e.getMessage());
        }
    }

    /** Why pushing the outbox failed, or null when it did not. */
    private String pushAgain(Counts counts) {
        try {
            pushOutbox(counts);
            return null;
        } catch (SyncFailure | StoreException e) {
            return e.getMessage();
        }
    }

    /**
     * The device is revoked and its outbox was pushed with the push-only token ({@code pushProblem} says why
     * that failed, or is null). What the server holds is wiped; the sign-in too once nothing is left to send.
     */
    private SyncSummary afterRevocation(Counts counts, String pushProblem) {
        try {
            boolean allSent = pushProblem == null && visits.countWaiting() == 0 && missing.countWaiting() == 0;
            LocalWipe.Result wiped = wipe.wipeSynced(allSent, true);
            String kept = wiped.rejectedKept() == 0 ? "" : " " + Authenticator.visitCount(wiped.rejectedKept())
                    + " the server rejected " + (wiped.rejectedKept() == 1 ? "is" : "are") + " kept on this device.";
            if (allSent) {
                auth.forget();
                return new SyncSummary(counts.sent, counts.rejected, 0, "An administrator revoked this device. "
                        + "Every visit was sent first; the sent visits, the children list and the sign-in were then "
                        + "removed from this device." + kept, SyncSummary.Session.REVOKED_AND_WIPED);
            }
            String why = pushProblem != null ? pushProblem : "the server did not accept them yet.";
            return new SyncSummary(counts.sent, counts.rejected, wiped.waitingKept(), "An administrator revoked this "
                    + "device. " + Authenticator.visitCount(wiped.waitingKept()) + " could not be sent and "
                    + (wiped.waitingKept() == 1 ? "is" : "are") + " kept on this device: press Sync now again when you "
                    + "have a connection. Why: " + why + " The sent visits and the children list were removed." + kept,
                    SyncSummary.Session.REVOKED_UNSENT_KEPT);
        } catch (StoreException e) {
            return new SyncSummary(counts.sent, counts.rejected, waitingOrUnknown(), "An administrator revoked this "
                    + "device, and the device database failed while wiping it: " + e.getMessage(),
                    SyncSummary.Session.REVOKED_UNSENT_KEPT);
        }
    }

    private void pushOutbox(Counts counts) throws SyncFailure {
        List<Mutation> outbox = new ArrayList<>();
        for (OutboxEntry entry : visits.outbox()) {
            outbox.add(entry.correction() ? new AmendVisit(entry.operationId(), entry.baseVersion(), entry.visit())
                    : new RecordVisit(entry.operationId(), entry.visit()));
        }
        pushAll(outbox, visits::applyResults, counts);
        // Then the missing episodes and interviews, an episode before the interview that follows it.
        pushAll(missing.outbox(), missing::applyResults, counts);
    }

    private void pushAll(List<Mutation> outbox, java.util.function.Consumer<List<MutationResult>> apply, Counts counts)
            throws SyncFailure {
        for (int from = 0; from < outbox.size(); from += batchSize) {
            List<Mutation> batch = outbox.subList(from, Math.min(from + batchSize, outbox.size()));
            PushRequest request = new PushRequest(ProtocolVersion.CURRENT, auth.device().id(), batch);
            List<MutationResult> results = checked(batch, auth.authorized(token -> client.push(request, token)));
            apply.accept(results);
            for (MutationResult result : results) {
                counts.sent += result.acknowledged() ? 1 : 0;
                // A conflict is flagged on the record like a rejection: both wait for the person to correct them.
                counts.rejected += result.outcome() == MutationResult.Outcome.REJECTED
                        || result.outcome() == MutationResult.Outcome.CONFLICT ? 1 : 0;
            }
        }
    }

    /** The results, once they answer every operation of the batch exactly once with a usable outcome. */
    private static List<MutationResult> checked(List<Mutation> batch, PushResponse response) throws SyncFailure {
        if (response.results() == null || response.results().size() != batch.size()) {
            throw new SyncFailure.ProtocolError("expected " + batch.size() + " results, got "
                    + (response.results() == null ? "none" : response.results().size()), null);
        }
        Set<UUID> expected = new HashSet<>();
        batch.forEach(mutation -> expected.add(mutation.operationId()));
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

    /** Visits counted over one sync, across the push after a revocation too. */
    private static final class Counts {
        int sent;
        int rejected;
    }

    private int waitingOrUnknown() {
        try {
            return visits.countWaiting();
        } catch (StoreException e) {
            return -1;
        }
    }
}
