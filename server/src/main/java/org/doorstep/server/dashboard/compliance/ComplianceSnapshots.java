package org.doorstep.server.dashboard.compliance;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doorstep.server.db.TimeText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the compliance snapshot current, from change numbers, never from inside the writes themselves
 * (a push does no work for the dashboard):
 * <ul>
 *   <li>a child is re-evaluated when a record of it (visit, missing episode, return interview, the child
 *       itself, its allocation or closure, its episodes) has a change number above its row's
 *       {@code source_seq}; when its row's {@code stale_after} has passed (midnight, a return interview
 *       deadline); when the policy in force is not its row's; and when it has no row yet;</li>
 *   <li>a page refreshes its own scope (a team of a few hundred children) before reading, so it is always
 *       current; each scope keeps a watermark (the whole authority's is the background refresh's), so what a
 *       refresh looks through is only the range of change numbers since that scope's last refresh.</li>
 * </ul>
 */
@Singleton
public class ComplianceSnapshots {
    private static final Logger LOG = LoggerFactory.getLogger(ComplianceSnapshots.class);
    static final int BATCH = 400;
    /** Tables whose rows carry a child id and a change number. */
    private static final List<String> CHANGE_TABLES = List.of("visit", "missing_episode", "return_interview",
            "episode_change", "child_scope_change");
    private final JdbcOperations jdbc;
    private final ChildFactsReader reader;
    private final SnapshotStore store;
    private final Engines engines;
    private final Clock clock;

    ComplianceSnapshots(JdbcOperations jdbc, ChildFactsReader reader, SnapshotStore store, Engines engines, Clock clock) {
        this.jdbc = jdbc;
        this.reader = reader;
        this.store = store;
        this.engines = engines;
        this.clock = clock;
    }

    /** What a refresh did. */
    public record Refreshed(int evaluated, int removed, long upTo) {
    }

    /**
     * Brings the snapshot of {@code scope}'s children up to date; for the whole authority, also the watermark.
     * Reads on one connection; each batch of children is written in a transaction of its own.
     */
    @Connectable
    public Refreshed refresh(Scope scope) {
        Engines.Versioned engine = engines.current();
        Instant now = clock.instant();
        long upTo = counter();
        long watermark = watermark(scope);
        Map<String, Long> changed = changedSince(scope, watermark, upTo);
        Map<String, Long> rows = snapshotSeqs(scope, changed.keySet());
        Set<String> dirty = new LinkedHashSet<>();
        changed.forEach((child, seq) -> {
            Long row = rows.get(child);
            if (row == null || row < seq) {
                dirty.add(child);
            }
        });
        dirty.addAll(staleRows(scope, now, engine.version()));
        dirty.addAll(missingRows(scope));
        int evaluated = 0;
        int removed = 0;
        List<String> ids = new ArrayList<>(dirty);
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            long t0 = System.nanoTime();
            Map<String, ChildFacts> facts = reader.read(batch);
            long t1 = System.nanoTime();
            List<ChildEvaluator.Evaluation> evaluations = new ArrayList<>(facts.size());
            List<String> closed = new ArrayList<>();
            for (ChildFacts child : facts.values()) {
                if (child.closed()) {
                    closed.add(child.childId());
                } else {
                    evaluations.add(ChildEvaluator.evaluate(child, engine.engine(), engine.version(), now, upTo));
                }
            }
            long t2 = System.nanoTime();
            store.write(evaluations, closed);
            if (LOG.isDebugEnabled()) {
                LOG.debug("Snapshot batch of {}: read {} ms, evaluate {} ms, write {} ms", batch.size(), (t1 - t0) / 1_000_000,
                        (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
            }
            evaluated += evaluations.size();
            removed += closed.size();
        }
        if (upTo > watermark) {
            store.advanceWatermark(scope.key(), upTo);
        }
        if (evaluated + removed > 0 && LOG.isDebugEnabled()) {
            LOG.debug("Compliance snapshot {}: {} evaluated, {} removed, up to change {}", scope, evaluated, removed, upTo);
        }
        return new Refreshed(evaluated, removed, upTo);
    }

    @Connectable
    long counter() {
        return single("SELECT value FROM sync_counter WHERE id = 1");
    }

    /** How far the scope is up to date: its own mark, or the whole authority's when that is further. */
    @Connectable
    long watermark(Scope scope) {
        return jdbc.prepareStatement("SELECT MAX(refreshed_seq) FROM compliance_watermark WHERE scope IN (?, 'all')", s -> {
            s.setString(1, scope.key());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** Children of the scope with a change numbered in (after, upTo], with their highest such number. */
    @Connectable
    Map<String, Long> changedSince(Scope scope, long after, long upTo) {
        Map<String, Long> changed = new HashMap<>();
        boolean scoped = scope.kind() != Scope.Kind.ALL;
        for (String table : CHANGE_TABLES) {
            String sql = "SELECT x.child_id, MAX(x.change_seq) FROM " + table + " x"
                    + (scoped ? " JOIN child c ON c.id = x.child_id" : "")
                    + " WHERE x.change_seq > ? AND x.change_seq <= ?" + (scoped ? " AND " + scope.condition() : "")
                    + " GROUP BY x.child_id";
            collect(sql, scope, after, upTo, changed);
        }
        collect("SELECT c.id, c.change_seq FROM child c WHERE c.change_seq > ? AND c.change_seq <= ? AND " + scope.condition(),
                scope, after, upTo, changed);
        return changed;
    }

    private void collect(String sql, Scope scope, long after, long upTo, Map<String, Long> into) {
        jdbc.prepareStatement(sql, s -> {
            s.setLong(1, after);
            s.setLong(2, upTo);
            if (scope.hasParameter()) {
                s.setString(3, scope.id());
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    into.merge(rs.getString(1), rs.getLong(2), Math::max);
                }
            }
            return null;
        });
    }

    /** The source_seq of the snapshot rows of these children. */
    @Connectable
    Map<String, Long> snapshotSeqs(Scope scope, Set<String> childIds) {
        Map<String, Long> seqs = new HashMap<>();
        if (childIds.isEmpty()) {
            return seqs;
        }
        List<String> ids = new ArrayList<>(childIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + 500));
            jdbc.prepareStatement("SELECT child_id, source_seq FROM compliance_snapshot WHERE child_id IN ("
                    + String.join(", ", java.util.Collections.nCopies(part.size(), "?")) + ")", s -> {
                for (int i = 0; i < part.size(); i++) {
                    s.setString(i + 1, part.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        seqs.put(rs.getString(1), rs.getLong(2));
                    }
                }
                return null;
            });
        }
        return seqs;
    }

    /** Rows of the scope whose time has run out or that were evaluated under another policy. */
    @Connectable
    List<String> staleRows(Scope scope, Instant now, int policyVersion) {
        return ids("SELECT s.child_id FROM compliance_snapshot s JOIN child c ON c.id = s.child_id WHERE "
                + scope.condition() + " AND (s.stale_after <= ? OR s.policy_version <> ?)", scope, s -> {
            s.setString(scope.hasParameter() ? 2 : 1, TimeText.of(now));
            s.setInt(scope.hasParameter() ? 3 : 2, policyVersion);
        });
    }

    /** Open children of the scope that have no snapshot row yet. */
    @Connectable
    List<String> missingRows(Scope scope) {
        return ids("SELECT c.id FROM child c LEFT JOIN compliance_snapshot s ON s.child_id = c.id WHERE "
                + scope.condition() + " AND c.closed_on IS NULL AND s.child_id IS NULL", scope, s -> { });
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<String> ids(String sql, Scope scope, Binder more) {
        return jdbc.prepareStatement(sql, s -> {
            if (scope.hasParameter()) {
                s.setString(1, scope.id());
            }
            more.bind(s);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
    }

    private long single(String sql) {
        return jdbc.prepareStatement(sql, s -> {
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }
}
