package org.doorstep.mobile.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.doorstep.protocol.Ids;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.missing.ReturnInterview;
import org.doorstep.protocol.push.Mutation;
import org.doorstep.protocol.push.MutationResult;

/** {@link MissingStore} in memory: the same contract as {@link SqliteMissingStore}. */
public final class InMemoryMissingStore implements MissingStore {
    private record Entry(UUID operationId, UUID recordId, Object record, Integer baseVersion) {
    }

    private final Supplier<UUID> operationIds;
    /** By id, in the order last saved (latest last). */
    private final Map<UUID, LocalMissing> records = new LinkedHashMap<>();
    private final TreeMap<Long, Entry> outbox = new TreeMap<>();
    private long nextSeq = 1;

    public InMemoryMissingStore() {
        this(Ids::newId);
    }

    public InMemoryMissingStore(Supplier<UUID> operationIds) {
        this.operationIds = Objects.requireNonNull(operationIds, "operationIds");
    }

    @Override
    public synchronized LocalMissing saveEpisode(MissingEpisode episode, Integer pulledVersion) {
        Objects.requireNonNull(episode, "episode");
        return save(episode.id(), new LocalMissing(episode, null, SyncState.WAITING, null, null, null), episode,
                pulledVersion);
    }

    @Override
    public synchronized LocalMissing saveInterview(ReturnInterview interview, Integer pulledVersion) {
        Objects.requireNonNull(interview, "interview");
        return save(interview.id(), new LocalMissing(null, interview, SyncState.WAITING, null, null, null), interview,
                pulledVersion);
    }

    private LocalMissing save(UUID id, LocalMissing fresh, Object record, Integer pulledVersion) {
        LocalMissing held = records.get(id);
        if (held != null && held.episode() == null != (fresh.episode() == null)) {
            throw new IllegalArgumentException("Record " + id + " is held as another kind of record");
        }
        Optional<Entry> last = outbox.values().stream().filter(e -> e.recordId().equals(id)).reduce((a, b) -> b);
        Integer base;
        if (held == null) {
            base = pulledVersion;
        } else if (last.isPresent()) {
            base = last.get().baseVersion() == null ? Integer.valueOf(1) : Integer.valueOf(last.get().baseVersion() + 1);
        } else {
            base = held.serverVersion();
        }
        LocalMissing saved = fresh.with(SyncState.WAITING, held != null ? held.serverVersion() : pulledVersion, null, null);
        records.remove(id);
        records.put(id, saved);
        outbox.put(nextSeq++, new Entry(operationIds.get(), id, record, base));
        return saved;
    }

    @Override
    public synchronized List<LocalMissing> list() {
        List<LocalMissing> all = new ArrayList<>(records.values());
        java.util.Collections.reverse(all);
        return all;
    }

    @Override
    public synchronized Optional<LocalMissing> find(UUID id) {
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public synchronized List<Mutation> outbox() {
        return outbox.values().stream().map(e -> MissingRules.mutation(e.operationId(), e.record(), e.baseVersion())).toList();
    }

    @Override
    public synchronized int countWaiting() {
        return (int) records.values().stream().filter(r -> r.state() == SyncState.WAITING).count();
    }

    @Override
    public synchronized void applyResults(List<MutationResult> results) {
        for (MutationResult result : results) {
            Objects.requireNonNull(result.outcome(), "outcome");
        }
        for (MutationResult result : results) {
            Optional<Map.Entry<Long, Entry>> queued = outbox.entrySet().stream()
                    .filter(e -> e.getValue().operationId().equals(result.operationId())).findFirst();
            if (queued.isEmpty()) {
                continue;
            }
            UUID id = queued.get().getValue().recordId();
            long seq = queued.get().getKey();
            if (MissingRules.dropsLaterEntries(result)) {
                outbox.tailMap(seq, true).entrySet().removeIf(e -> e.getValue().recordId().equals(id));
            } else {
                outbox.remove(seq);
            }
            boolean more = outbox.values().stream().anyMatch(e -> e.recordId().equals(id));
            records.put(id, MissingRules.after(records.get(id), result, more));
        }
    }
}
