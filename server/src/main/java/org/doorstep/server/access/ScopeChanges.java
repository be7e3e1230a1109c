package org.doorstep.server.access;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.server.db.ChangeSequence;
import org.doorstep.server.db.TimeText;

/**
 * The {@code child_scope_change} table: written inside the transaction that changes a child's allocation,
 * closure or first missing episode; read by pull to send removals and entries.
 */
@Singleton
public class ScopeChanges {
    private static final String COLUMNS = "change_seq, child_id, before_team_id, before_worker_id, before_closed, "
            + "before_missing, after_team_id, after_worker_id, after_closed, after_missing";
    private final JdbcOperations jdbc;
    private final ChangeSequence changes;

    ScopeChanges(JdbcOperations jdbc, ChangeSequence changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    /**
     * Records a scope change under a change number of its own. Call inside the writing transaction, after the
     * child's row has changed: the number is reserved here, so it is committed with the change itself.
     */
    public ScopeChange record(String childId, Instant at, String reason, ChildState before, ChildState after) {
        long number = changes.reserve(1).next();
        jdbc.prepareStatement("INSERT INTO child_scope_change (" + COLUMNS + ", changed_at, reason) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
            statement.setLong(1, number);
            statement.setString(2, childId);
            statement.setString(3, before.teamId());
            statement.setString(4, before.workerId());
            statement.setBoolean(5, before.closed());
            statement.setBoolean(6, before.hasMissing());
            statement.setString(7, after.teamId());
            statement.setString(8, after.workerId());
            statement.setBoolean(9, after.closed());
            statement.setBoolean(10, after.hasMissing());
            statement.setString(11, TimeText.of(at));
            statement.setString(12, reason);
            return statement.executeUpdate();
        });
        return new ScopeChange(number, childId, before, after);
    }

    /**
     * After a missing episode was stored: if it is the child's first, the area's return interview officers
     * start to see the child, which is a scope change. Call inside the writing transaction.
     */
    public void afterMissingEpisodeStored(String childId, Instant at) {
        int episodes = jdbc.prepareStatement("SELECT COUNT(DISTINCT id) FROM missing_episode WHERE child_id = ?", statement -> {
            statement.setString(1, childId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
        if (episodes != 1) {
            return;
        }
        ChildRows.Row row = ChildRows.byIds(jdbc, List.of(childId)).get(childId);
        ChildState after = row.state();
        ChildState before = new ChildState(after.teamId(), after.workerId(), after.closed(), false);
        record(childId, at, "first_missing_episode", before, after);
    }

    /**
     * Scope changes numbered in (after, upTo] that may concern a caller found by {@code filter}: the child
     * was, or became, allocated to them or in one of their teams. Oldest first.
     */
    @Connectable
    public List<ScopeChange> between(long after, long upTo, AccessPolicy.TeamFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM child_scope_change WHERE change_seq > ? AND change_seq <= ?");
        List<String> values = new ArrayList<>();
        List<String> alternatives = new ArrayList<>();
        if (filter.workerId() != null) {
            alternatives.add("before_worker_id = ? OR after_worker_id = ?");
            values.add(filter.workerId());
            values.add(filter.workerId());
        }
        if (filter.teamId() != null) {
            alternatives.add("before_team_id = ? OR after_team_id = ?");
            values.add(filter.teamId());
            values.add(filter.teamId());
        }
        if (filter.area() != null) {
            alternatives.add("before_team_id IN (SELECT id FROM team WHERE area = ?) OR after_team_id IN (SELECT id FROM team WHERE area = ?)");
            values.add(filter.area());
            values.add(filter.area());
        }
        if (alternatives.isEmpty()) {
            return List.of();
        }
        sql.append(" AND (").append(String.join(" OR ", alternatives)).append(')');
        sql.append(" ORDER BY change_seq");
        return jdbc.prepareStatement(sql.toString(), statement -> {
            statement.setLong(1, after);
            statement.setLong(2, upTo);
            for (int i = 0; i < values.size(); i++) {
                statement.setString(i + 3, values.get(i));
            }
            return read(statement);
        });
    }

    /** Every scope change of these children, whenever committed, oldest first per child. */
    @Connectable
    public Map<String, List<ScopeChange>> ofChildren(Collection<String> childIds) {
        Map<String, List<ScopeChange>> byChild = new LinkedHashMap<>();
        if (childIds.isEmpty()) {
            return byChild;
        }
        List<String> ids = new ArrayList<>(childIds);
        String sql = "SELECT " + COLUMNS + " FROM child_scope_change WHERE child_id IN ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ") ORDER BY change_seq";
        List<ScopeChange> all = jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < ids.size(); i++) {
                statement.setString(i + 1, ids.get(i));
            }
            return read(statement);
        });
        for (ScopeChange change : all) {
            byChild.computeIfAbsent(change.childId(), id -> new ArrayList<>()).add(change);
        }
        return byChild;
    }

    private static List<ScopeChange> read(PreparedStatement statement) throws SQLException {
        List<ScopeChange> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rows.add(new ScopeChange(rs.getLong("change_seq"), rs.getString("child_id"),
                        new ChildState(rs.getString("before_team_id"), rs.getString("before_worker_id"),
                                rs.getBoolean("before_closed"), rs.getBoolean("before_missing")),
                        new ChildState(rs.getString("after_team_id"), rs.getString("after_worker_id"),
                                rs.getBoolean("after_closed"), rs.getBoolean("after_missing"))));
            }
        }
        return rows;
    }
}
