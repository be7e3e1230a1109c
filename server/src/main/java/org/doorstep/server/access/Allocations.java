package org.doorstep.server.access;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.doorstep.server.db.ChangeSequence;
import org.doorstep.server.db.TimeText;

/**
 * Changes who holds a child's case. Every change of a child's worker, team or closure must come through here
 * (import, administration, tests): it updates the child, keeps the {@code allocation} history and records
 * the scope change under a new change number, all in one transaction, so the next pull removes the child
 * from devices that lose it and brings it, with its history, to devices that gain it.
 */
@Singleton
public class Allocations {
    private final JdbcOperations jdbc;
    private final ChangeSequence changes;
    private final ScopeChanges scopes;

    Allocations(JdbcOperations jdbc, ChangeSequence changes, ScopeChanges scopes) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.scopes = scopes;
    }

    /**
     * Allocates the child to {@code workerId} in team {@code teamId} from {@code at} (either may be null:
     * unallocated, no team). Joins the caller's transaction if there is one.
     *
     * @return false when the child already had exactly this allocation (nothing changed)
     * @throws IllegalArgumentException for an unknown child, worker or team
     */
    @Transactional
    public boolean reallocate(String childId, String workerId, String teamId, Instant at) {
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(at, "at");
        changes.reserve(1); // takes the change counter's lock first, as every writer does
        ChildState before = current(childId);
        if (Objects.equals(before.workerId(), workerId) && Objects.equals(before.teamId(), teamId)) {
            return false;
        }
        requireExists("app_user", workerId, "worker");
        requireExists("team", teamId, "team");
        update("UPDATE child SET allocated_worker_id = ?, team_id = ? WHERE id = ?", workerId, teamId, childId);
        update("UPDATE allocation SET allocated_until = ? WHERE child_id = ? AND allocated_until IS NULL", TimeText.of(at), childId);
        update("INSERT INTO allocation (child_id, allocated_from, worker_id, team_id) VALUES (?, ?, ?, ?)",
                childId, TimeText.of(at), workerId, teamId);
        scopes.record(childId, at, "reallocated", before, new ChildState(teamId, workerId, before.closed(), before.hasMissing()));
        return true;
    }

    /**
     * Closes the case on {@code closedOn}: the child leaves every device at its next pull; its team's manager
     * can still read it on the API and the dashboard.
     *
     * @return false when it was already closed
     */
    @Transactional
    public boolean close(String childId, LocalDate closedOn, Instant at) {
        Objects.requireNonNull(closedOn, "closedOn");
        changes.reserve(1);
        ChildState before = current(childId);
        if (before.closed()) {
            return false;
        }
        update("UPDATE child SET closed_on = ? WHERE id = ?", closedOn.toString(), childId);
        scopes.record(childId, at, "closed", before, new ChildState(before.teamId(), before.workerId(), true, before.hasMissing()));
        return true;
    }

    /** Reopens a closed case: it returns, with its history, to the devices of those who see it. */
    @Transactional
    public boolean reopen(String childId, Instant at) {
        changes.reserve(1);
        ChildState before = current(childId);
        if (!before.closed()) {
            return false;
        }
        update("UPDATE child SET closed_on = NULL WHERE id = ?", childId);
        scopes.record(childId, at, "reopened", before, new ChildState(before.teamId(), before.workerId(), false, before.hasMissing()));
        return true;
    }

    private ChildState current(String childId) {
        ChildRows.Row row = ChildRows.byIds(jdbc, List.of(childId)).get(childId);
        if (row == null) {
            throw new IllegalArgumentException("No child with id " + childId);
        }
        return row.state();
    }

    private void requireExists(String table, String id, String what) {
        if (id == null) {
            return;
        }
        boolean exists = jdbc.prepareStatement("SELECT 1 FROM " + table + " WHERE id = ?", statement -> {
            statement.setString(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        });
        if (!exists) {
            throw new IllegalArgumentException("No " + what + " with id " + id);
        }
    }

    private void update(String sql, String... values) {
        jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            return statement.executeUpdate();
        });
    }
}
