package org.doorstep.server.dashboard.compliance;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.doorstep.server.db.JdbcBatches;
import org.doorstep.server.db.TimeText;

/**
 * Writes evaluated children into {@code compliance_snapshot} and {@code rhi_snapshot}. A row is replaced only
 * by one evaluated from records at least as recent ({@code source_seq}), so two refreshes racing over the
 * same child leave the newer result. Closed children leave the snapshot.
 */
@Singleton
class SnapshotStore {
    private static final List<String> COLUMNS = List.of("child_id", "team_id", "worker_id", "worst_status",
            "cp_status", "cp_due", "cin_status", "cin_due", "cic_status", "cic_due", "pf_status", "pf_due", "cl_status", "cl_due",
            "next_due", "days_overdue", "breaches", "flags", "last_visit_at", "last_seen_alone_at", "months", "evaluated_at",
            "stale_after", "source_seq", "policy_version");
    private static final String UPSERT = "INSERT INTO compliance_snapshot (" + String.join(", ", COLUMNS) + ") VALUES ("
            + String.join(", ", Collections.nCopies(COLUMNS.size(), "?")) + ") ON CONFLICT (child_id) DO UPDATE SET "
            + String.join(", ", COLUMNS.subList(1, COLUMNS.size()).stream().map(c -> c + " = excluded." + c).toList())
            + " WHERE compliance_snapshot.source_seq <= excluded.source_seq";
    private static final String RHI_UPSERT = "INSERT INTO rhi_snapshot (episode_id, child_id, team_id, worker_id, returned_at,"
            + " deadline, status, offered_in_time, completed_in_time, done) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (episode_id) DO UPDATE SET child_id = excluded.child_id, team_id = excluded.team_id,"
            + " worker_id = excluded.worker_id, returned_at = excluded.returned_at, deadline = excluded.deadline,"
            + " status = excluded.status, offered_in_time = excluded.offered_in_time,"
            + " completed_in_time = excluded.completed_in_time, done = excluded.done";
    private final JdbcOperations jdbc;

    SnapshotStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the evaluations and removes the closed children, in one transaction. */
    @Transactional
    void write(List<ChildEvaluator.Evaluation> evaluations, Collection<String> closed) {
        List<List<Object>> rows = new ArrayList<>(evaluations.size());
        List<RhiClock> clocks = new ArrayList<>();
        List<String> evaluated = new ArrayList<>(evaluations.size());
        for (ChildEvaluator.Evaluation e : evaluations) {
            rows.add(row(e.snapshot()));
            evaluated.add(e.snapshot().childId());
            clocks.addAll(e.clocks());
        }
        JdbcBatches.run(jdbc, UPSERT, rows);
        removeStaleClocks(evaluations);
        writeClocks(clocks);
        if (!closed.isEmpty()) {
            List<List<Object>> ids = closed.stream().map(id -> List.<Object>of(id)).toList();
            JdbcBatches.run(jdbc, "DELETE FROM rhi_snapshot WHERE child_id = ?", ids);
            JdbcBatches.run(jdbc, "DELETE FROM compliance_snapshot WHERE child_id = ?", ids);
        }
    }

    /** Every change numbered up to {@code upTo} is in the snapshot of the scope (never moves back). */
    @Transactional
    void advanceWatermark(String scope, long upTo) {
        jdbc.prepareStatement("INSERT INTO compliance_watermark (scope, refreshed_seq) VALUES (?, ?) ON CONFLICT (scope)"
                + " DO UPDATE SET refreshed_seq = excluded.refreshed_seq WHERE compliance_watermark.refreshed_seq < excluded.refreshed_seq",
                s -> {
                    s.setString(1, scope);
                    s.setLong(2, upTo);
                    return s.executeUpdate();
                });
    }

    /** Clocks of the evaluated children that their new evaluation no longer has (an episode edited away). */
    private void removeStaleClocks(List<ChildEvaluator.Evaluation> evaluations) {
        List<String> ids = evaluations.stream().map(e -> e.snapshot().childId()).toList();
        if (ids.isEmpty()) {
            return;
        }
        Set<String> kept = new HashSet<>();
        evaluations.forEach(e -> e.clocks().forEach(c -> kept.add(c.episodeId())));
        List<List<Object>> gone = new ArrayList<>();
        jdbc.prepareStatement("SELECT episode_id FROM rhi_snapshot WHERE child_id IN ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")", s -> {
            for (int i = 0; i < ids.size(); i++) {
                s.setString(i + 1, ids.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (!kept.contains(rs.getString(1))) {
                        gone.add(List.of(rs.getString(1)));
                    }
                }
            }
            return null;
        });
        JdbcBatches.run(jdbc, "DELETE FROM rhi_snapshot WHERE episode_id = ?", gone);
    }

    /** Typed nulls: PostgreSQL refuses a null sent as text for a BOOLEAN column. */
    private void writeClocks(List<RhiClock> clocks) {
        if (clocks.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(RHI_UPSERT, s -> {
            for (RhiClock c : clocks) {
                s.setString(1, c.episodeId());
                s.setString(2, c.childId());
                s.setString(3, c.teamId());
                s.setString(4, c.workerId());
                s.setString(5, TimeText.of(c.returnedAt()));
                s.setString(6, TimeText.of(c.deadline()));
                s.setString(7, c.status());
                bindBoolean(s, 8, c.offeredInTime());
                bindBoolean(s, 9, c.completedInTime());
                s.setBoolean(10, c.done());
                s.addBatch();
            }
            return s.executeBatch();
        });
    }

    private static void bindBoolean(java.sql.PreparedStatement s, int index, Boolean value) throws java.sql.SQLException {
        if (value == null) {
            s.setNull(index, Types.BOOLEAN);
        } else {
            s.setBoolean(index, value);
        }
    }

    private static List<Object> row(ChildSnapshot s) {
        List<Object> row = new ArrayList<>(COLUMNS.size());
        row.add(s.childId());
        row.add(s.teamId());
        row.add(s.workerId());
        row.add(s.worst().code());
        for (Regime regime : Regime.values()) {
            ChildSnapshot.RegimeStatus r = s.regimes().get(regime);
            row.add(r == null ? null : r.status().code());
            row.add(r == null ? null : r.due().toString());
        }
        row.add(s.nextDue() == null ? null : s.nextDue().toString());
        row.add(s.daysOverdue());
        row.add(s.breaches());
        row.add(String.join(",", s.flags()));
        row.add(s.lastVisitAt() == null ? null : TimeText.of(s.lastVisitAt()));
        row.add(s.lastSeenAloneAt() == null ? null : TimeText.of(s.lastSeenAloneAt()));
        row.add(s.months().encode());
        row.add(TimeText.of(s.evaluatedAt()));
        row.add(TimeText.of(s.staleAfter()));
        row.add(s.sourceSeq());
        row.add(s.policyVersion());
        return row;
    }
}
