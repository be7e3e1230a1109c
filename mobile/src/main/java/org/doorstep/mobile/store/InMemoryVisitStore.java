package org.doorstep.mobile.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.doorstep.protocol.Ids;
import org.doorstep.protocol.push.MutationResult;
import org.doorstep.protocol.visit.Visit;

/**
 * {@link VisitStore} in memory, for tests and tools: the same behaviour as {@link SqliteVisitStore}, checked
 * by the same contract test. Every method holds the store's lock, so each write is all or nothing.
 */
public final class InMemoryVisitStore implements VisitStore {
    /** A stored visit with the order it was inserted in (SQLite's rowid). */
    private record Row(long rowid, LocalVisit local) {
    }

    /** An outbox entry: the operation id it is pushed under, its visit as sent and the version it corrects. */
    private record Entry(UUID operationId, UUID visitId, Visit visit, Integer baseVersion) {
    }

    private final Supplier<UUID> operationIds;
    private final Map<UUID, Row> visits = new LinkedHashMap<>();
    private final TreeMap<Long, Entry> outbox = new TreeMap<>();
    private long nextRowid = 1;
    private long nextSeq = 1;

    public InMemoryVisitStore() {
        this(Ids::newId, Clock.systemDefaultZone());
    }

    /** {@code operationIds} makes each new outbox entry's operation id; {@code clock} is kept for parity. */
    public InMemoryVisitStore(Supplier<UUID> operationIds, Clock clock) {
        this.operationIds = Objects.requireNonNull(operationIds, "operationIds");
        Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized LocalVisit save(Visit visit) {
        Objects.requireNonNull(visit, "visit");
        UUID operationId = operationIds.get();
        if (visits.containsKey(visit.id())) {
            throw new StoreException("The device database failed: visit " + visit.id() + " is already stored");
        }
        if (outbox.values().stream().anyMatch(entry -> entry.operationId().equals(operationId))) {
            throw new StoreException("The device database failed: operation " + operationId + " is already in the outbox");
        }
        LocalVisit local = new LocalVisit(visit, SyncState.WAITING, null, null, null);
        visits.put(visit.id(), new Row(nextRowid++, local));
        outbox.put(nextSeq++, new Entry(operationId, visit.id(), visit, null));
        return local;
    }

    @Override
    public synchronized LocalVisit correct(Visit corrected) {
        Objects.requireNonNull(corrected, "corrected");
        Row row = visits.get(corrected.id());
        if (row == null) {
            throw new StoreException("No visit " + corrected.id() + " on this device to correct");
        }
        LocalVisit held = row.local();
        Corrections.checkSameChild(held, corrected);
        Optional<Entry> last = outbox.values().stream().filter(e -> e.visitId().equals(corrected.id()))
                .reduce((first, second) -> second);
        Integer base = Corrections.baseVersion(held, last.isPresent(), last.map(Entry::baseVersion).orElse(null));
        UUID operationId = operationIds.get();
        if (outbox.values().stream().anyMatch(entry -> entry.operationId().equals(operationId))) {
            throw new StoreException("The device database failed: operation " + operationId + " is already in the outbox");
        }
        LocalVisit local = new LocalVisit(corrected, SyncState.WAITING, held.serverVersion(), null, null);
        replace(row, local);
        outbox.put(nextSeq++, new Entry(operationId, corrected.id(), corrected, base));
        return local;
    }

    @Override
    public synchronized List<LocalVisit> list() {
        // As SQLite orders them: recorded_at as stored text, descending, then the latest inserted first.
        return visits.values().stream()
                .sorted(Comparator.comparing((Row row) -> row.local().visit().recordedAt().toString())
                        .thenComparingLong(Row::rowid).reversed())
                .map(Row::local)
                .toList();
    }

    @Override
    public synchronized Optional<LocalVisit> find(UUID visitId) {
        return Optional.ofNullable(visits.get(visitId)).map(Row::local);
    }

    @Override
    public synchronized List<OutboxEntry> outbox() {
        List<OutboxEntry> entries = new ArrayList<>();
        for (Entry entry : outbox.values()) {
            entries.add(new OutboxEntry(entry.operationId(), entry.visit(), entry.baseVersion()));
        }
        return entries;
    }

    @Override
    public synchronized int countWaiting() {
        return (int) visits.values().stream().filter(row -> row.local().state() == SyncState.WAITING).count();
    }

    @Override
    public synchronized void applyResults(List<MutationResult> results) {
        for (MutationResult result : results) {
            if (result.outcome() == null) {
                throw new IllegalArgumentException("A result without an outcome: " + result);
            }
            if (result.outcome() == MutationResult.Outcome.REJECTED && result.error() == null) {
                throw new IllegalArgumentException("A rejection without a reason: " + result);
            }
        }
        for (MutationResult result : results) {
            apply(result);
        }
    }

    private void apply(MutationResult result) {
        Optional<Map.Entry<Long, Entry>> queued = outbox.entrySet().stream()
                .filter(e -> e.getValue().operationId().equals(result.operationId())).findFirst();
        if (queued.isEmpty()) {
            return;
        }
        long seq = queued.get().getKey();
        UUID visitId = queued.get().getValue().visitId();
        Row row = visits.get(visitId);
        LocalVisit local = row.local();
        switch (result.outcome()) {
            case APPLIED, DUPLICATE -> {
                outbox.remove(seq);
                boolean more = outbox.values().stream().anyMatch(e -> e.visitId().equals(visitId));
                replace(row, new LocalVisit(local.visit(), more ? SyncState.WAITING : SyncState.SENT, result.version(),
                        null, null));
            }
            case REJECTED -> {
                dropFrom(visitId, seq);
                replace(row, new LocalVisit(local.visit(), SyncState.REJECTED, local.serverVersion(),
                        Rejection.of(result.error()), null));
            }
            case CONFLICT -> {
                dropFrom(visitId, seq);
                Rejection rejection = result.error() != null ? Rejection.of(result.error())
                        : new Rejection("stale_version", "The visit was changed on the server", "baseVersion");
                replace(row, new LocalVisit(local.visit(), SyncState.REJECTED,
                        result.version() != null ? result.version() : local.serverVersion(), rejection,
                        VisitJson.conflictNote(result.version(), result.current(), rejection.message())));
            }
            default -> throw new IllegalArgumentException("Unknown outcome " + result.outcome());
        }
    }

    /** Removes the visit's outbox entries from {@code seq} on. */
    private void dropFrom(UUID visitId, long seq) {
        outbox.tailMap(seq, true).entrySet().removeIf(e -> e.getValue().visitId().equals(visitId));
    }

    private void replace(Row row, LocalVisit local) {
        visits.put(local.visit().id(), new Row(row.rowid(), local));
    }
}
