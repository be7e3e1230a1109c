package org.doorstep.mobile.pull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.doorstep.protocol.child.CaseloadChild;
import org.doorstep.protocol.missing.StoredMissingEpisode;
import org.doorstep.protocol.missing.StoredReturnInterview;
import org.doorstep.protocol.policy.LocalPolicy;
import org.doorstep.protocol.pull.Change;
import org.doorstep.protocol.pull.ChildChange;
import org.doorstep.protocol.pull.ChildRemovedChange;
import org.doorstep.protocol.pull.MissingEpisodeChange;
import org.doorstep.protocol.pull.PolicyChange;
import org.doorstep.protocol.pull.ReturnInterviewChange;
import org.doorstep.protocol.pull.VisitChange;
import org.doorstep.protocol.visit.StoredVisit;

/**
 * {@link CaseloadStore} in memory, for tests and benchmarks: a page is applied to a copy that replaces the
 * held state only when every change of it was stored. It holds no device records, so a removal removes only
 * the server's copies. Thread-safe.
 */
public final class MemoryCaseloadStore implements CaseloadStore {
    /** Everything held, replaced whole by each page. */
    private static final class State {
        final Map<String, CaseloadChild> children = new HashMap<>();
        final Map<String, StoredVisit> visits = new HashMap<>();
        final Map<String, StoredMissingEpisode> missing = new HashMap<>();
        final Map<String, StoredReturnInterview> interviews = new HashMap<>();
        LocalPolicy policy;
        String cursor;
        Instant pulledAt;

        State copy() {
            State copy = new State();
            copy.children.putAll(children);
            copy.visits.putAll(visits);
            copy.missing.putAll(missing);
            copy.interviews.putAll(interviews);
            copy.policy = policy;
            copy.cursor = cursor;
            copy.pulledAt = pulledAt;
            return copy;
        }
    }

    private State state = new State();

    @Override
    public synchronized Optional<String> cursor() {
        return Optional.ofNullable(state.cursor);
    }

    @Override
    public synchronized void startAgain() {
        State next = state.copy();
        next.cursor = null;
        state = next;
    }

    @Override
    public synchronized void applyPage(List<Change> changes, String nextCursor, Instant pulledAt) {
        PageRules.requireChanges(changes);
        PageRules.requireCursor(nextCursor);
        Objects.requireNonNull(pulledAt, "pulledAt");
        State next = state.cursor == null ? new State() : state.copy();
        for (int i = 0; i < changes.size(); i++) {
            PageRules.requireStorable(changes.get(i), i);
            apply(next, changes.get(i));
        }
        next.cursor = nextCursor;
        next.pulledAt = pulledAt;
        state = next;
    }

    private static void apply(State s, Change change) {
        if (change instanceof ChildChange child) {
            s.children.put(child.child().id(), child.child());
        } else if (change instanceof VisitChange visit) {
            s.visits.merge(visit.visit().visit().id().toString(), visit.visit(),
                    (held, pulled) -> pulled.version() >= held.version() ? pulled : held);
        } else if (change instanceof MissingEpisodeChange missing) {
            s.missing.merge(missing.episode().episode().id().toString(), missing.episode(),
                    (held, pulled) -> pulled.version() >= held.version() ? pulled : held);
        } else if (change instanceof ReturnInterviewChange interview) {
            s.interviews.merge(interview.interview().interview().id().toString(), interview.interview(),
                    (held, pulled) -> pulled.version() >= held.version() ? pulled : held);
        } else if (change instanceof ChildRemovedChange removed) {
            String id = removed.childId();
            s.children.remove(id);
            s.visits.values().removeIf(v -> v.visit().childId().equals(id));
            s.missing.values().removeIf(m -> m.episode().childId().equals(id));
            s.interviews.values().removeIf(r -> r.interview().childId().equals(id));
        } else if (change instanceof PolicyChange policy) {
            s.policy = policy.policy();
        }
    }

    @Override
    public synchronized Optional<Integer> missingRecordVersion(java.util.UUID recordId) {
        String id = recordId.toString();
        if (state.missing.containsKey(id)) {
            return Optional.of(state.missing.get(id).version());
        }
        return Optional.ofNullable(state.interviews.get(id)).map(StoredReturnInterview::version);
    }

    @Override
    public synchronized CaseloadSnapshot snapshot() {
        State s = state;
        Map<String, List<PulledVisit>> visits = new HashMap<>();
        s.visits.values().forEach(v -> visits.computeIfAbsent(v.visit().childId(), id -> new ArrayList<>()).add(PulledVisit.of(v)));
        List<CaseloadChild> children = new ArrayList<>(s.children.values());
        children.sort(Comparator.comparing(CaseloadChild::displayName, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(CaseloadChild::id));
        List<CaseloadSnapshot.ChildFile> files = new ArrayList<>();
        for (CaseloadChild child : children) {
            files.add(new CaseloadSnapshot.ChildFile(child, visits.getOrDefault(child.id(), List.of()),
                    s.missing.values().stream().filter(m -> m.episode().childId().equals(child.id()))
                            .map(StoredMissingEpisode::episode).toList(),
                    s.interviews.values().stream().filter(r -> r.interview().childId().equals(child.id()))
                            .map(StoredReturnInterview::interview).toList()));
        }
        return new CaseloadSnapshot(s.policy, s.pulledAt, files);
    }
}
