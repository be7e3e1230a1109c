package org.doorstep.server.dashboard.compliance;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.doorstep.server.db.TimeText;

/** Reads the compliance snapshot of a scope's open children, with their names. */
@Singleton
public class SnapshotReader {
    private final JdbcOperations jdbc;

    SnapshotReader(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Connectable
    public List<SnapshotRow> children(Scope scope) {
        String sql = "SELECT s.*, c.display_name AS child_name, u.display_name AS worker_name FROM compliance_snapshot s"
                + " JOIN child c ON c.id = s.child_id LEFT JOIN app_user u ON u.id = c.allocated_worker_id"
                + " WHERE " + scope.condition() + " AND c.closed_on IS NULL";
        return jdbc.prepareStatement(sql, s -> {
            if (scope.hasParameter()) {
                s.setString(1, scope.id());
            }
            List<SnapshotRow> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new SnapshotRow(snapshot(rs), rs.getString("child_name"), rs.getString("worker_name")));
                }
            }
            return rows;
        });
    }

    /** The return interview clocks of the scope's open children. */
    @Connectable
    public List<RhiRow> clocks(Scope scope) {
        String sql = "SELECT r.*, c.display_name AS child_name, u.display_name AS worker_name FROM rhi_snapshot r"
                + " JOIN child c ON c.id = r.child_id LEFT JOIN app_user u ON u.id = c.allocated_worker_id"
                + " WHERE " + scope.condition() + " AND c.closed_on IS NULL";
        return jdbc.prepareStatement(sql, s -> {
            if (scope.hasParameter()) {
                s.setString(1, scope.id());
            }
            List<RhiRow> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    RhiClock clock = new RhiClock(rs.getString("episode_id"), rs.getString("child_id"), rs.getString("team_id"),
                            rs.getString("worker_id"), TimeText.instant(rs.getString("returned_at")),
                            TimeText.instant(rs.getString("deadline")), rs.getString("status"), bool(rs, "offered_in_time"),
                            bool(rs, "completed_in_time"), rs.getBoolean("done"));
                    rows.add(new RhiRow(clock, rs.getString("child_name"), rs.getString("worker_name")));
                }
            }
            return rows;
        });
    }

    /**
     * The overview's figures for a scope (for the whole authority, one pass over its snapshot rows and one
     * aggregate over the return interview clocks), counting returns since {@code since}.
     */
    @Connectable
    public AuthoritySummary summary(Scope scope, java.time.Instant since) {
        boolean scoped = scope.kind() != Scope.Kind.ALL;
        String rows = "SELECT s.worst_status, s.cp_status, s.cin_status, s.cic_status, s.pf_status, s.cl_status, s.months"
                + " FROM compliance_snapshot s" + (scoped ? " JOIN child c ON c.id = s.child_id WHERE " + scope.condition() : "");
        var byRegime = AuthoritySummary.emptyByRegime();
        var worst = new java.util.EnumMap<VisitStatus, Integer>(VisitStatus.class);
        MonthCounts months = new MonthCounts();
        int children = jdbc.prepareStatement(rows, s -> {
            if (scoped && scope.hasParameter()) {
                s.setString(1, scope.id());
            }
            int n = 0;
            Regime[] regimes = Regime.values();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    n++;
                    worst.merge(VisitStatus.fromCode(rs.getString(1)).orElse(VisitStatus.NONE), 1, Integer::sum);
                    for (int i = 0; i < regimes.length; i++) {
                        String status = rs.getString(i + 2);
                        if (status != null) {
                            byRegime.get(regimes[i]).merge(VisitStatus.fromCode(status).orElse(VisitStatus.COMPLIANT), 1, Integer::sum);
                        }
                    }
                    MonthCounts.decodeInto(rs.getString(7), months);
                }
            }
            return n;
        });
        String clocks = "SELECT COUNT(CASE WHEN r.returned_at >= ? AND r.offered_in_time IS NOT NULL THEN 1 END),"
                + " COUNT(CASE WHEN r.returned_at >= ? AND r.offered_in_time = TRUE THEN 1 END),"
                + " COUNT(CASE WHEN r.returned_at >= ? AND r.completed_in_time = TRUE THEN 1 END),"
                + " COUNT(CASE WHEN r.done = FALSE AND r.status IN ('due_soon', 'not_yet_due') THEN 1 END),"
                + " COUNT(CASE WHEN r.status = 'overdue' THEN 1 END) FROM rhi_snapshot r"
                + (scoped ? " JOIN child c ON c.id = r.child_id WHERE " + scope.condition() : "");
        int[] rhi = jdbc.prepareStatement(clocks, s -> {
            String from = TimeText.of(since);
            s.setString(1, from);
            s.setString(2, from);
            s.setString(3, from);
            if (scoped && scope.hasParameter()) {
                s.setString(4, scope.id());
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)};
            }
        });
        return new AuthoritySummary(children, byRegime, worst, months, rhi[0], rhi[1], rhi[2], rhi[3], rhi[4]);
    }

    /** A return interview clock with the names a page shows. */
    public record RhiRow(RhiClock clock, String childName, String workerName) {
    }

    static ChildSnapshot snapshot(ResultSet rs) throws SQLException {
        Map<Regime, ChildSnapshot.RegimeStatus> regimes = new EnumMap<>(Regime.class);
        for (Regime regime : Regime.values()) {
            String status = rs.getString(regime.code() + "_status");
            if (status != null) {
                regimes.put(regime, new ChildSnapshot.RegimeStatus(VisitStatus.fromCode(status).orElse(VisitStatus.COMPLIANT),
                        LocalDate.parse(rs.getString(regime.code() + "_due"))));
            }
        }
        String flags = rs.getString("flags");
        String nextDue = rs.getString("next_due");
        return new ChildSnapshot(rs.getString("child_id"), rs.getString("team_id"), rs.getString("worker_id"),
                VisitStatus.fromCode(rs.getString("worst_status")).orElse(VisitStatus.NONE), regimes,
                nextDue == null ? null : LocalDate.parse(nextDue), rs.getInt("days_overdue"), rs.getInt("breaches"),
                flags == null || flags.isEmpty() ? List.of() : Arrays.asList(flags.split(",")),
                instant(rs, "last_visit_at"), instant(rs, "last_seen_alone_at"), MonthCounts.decode(rs.getString("months")),
                TimeText.instant(rs.getString("evaluated_at")), TimeText.instant(rs.getString("stale_after")),
                rs.getLong("source_seq"), rs.getInt("policy_version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : TimeText.instant(text);
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }
}
