package org.doorstep.server.demo;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.missing.ReturnInterview;
import org.doorstep.protocol.visit.Visit;
import org.doorstep.server.db.JdbcBatches;
import org.doorstep.server.db.ChangeNumbers;
import org.doorstep.server.db.TimeText;
import org.doorstep.server.missing.MissingRecords;
import org.doorstep.server.records.VersionedTable;
import org.doorstep.server.visits.VisitEntity;
import org.doorstep.server.visits.VisitInserts;
import org.doorstep.server.visits.VisitRows;

/**
 * Writes generated rows inside the caller's transaction: people, children and episodes in JDBC batches;
 * visits, missing episodes and return interviews through the same insert paths as synced ones, each with
 * its own change number, content hash and operation id.
 */
@Singleton
class DemoWriter {
    private final JdbcOperations jdbc;
    private final VisitInserts visits;
    private final MissingRecords missing;

    DemoWriter(JdbcOperations jdbc, VisitInserts visits, MissingRecords missing) {
        this.jdbc = jdbc;
        this.visits = visits;
        this.missing = missing;
    }

    boolean teamExists(String id) {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM team WHERE id = ?", statement -> {
            statement.setString(1, id);
            try (var rs = statement.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        });
    }

    void people(DemoPeople people, String passwordHash, Instant now) {
        List<List<Object>> teams = new ArrayList<>();
        people.teams().forEach(t -> teams.add(List.of(t.id(), t.name(), t.area())));
        batch("INSERT INTO team (id, name, area) VALUES (?, ?, ?)", teams);
        List<List<Object>> users = new ArrayList<>();
        List<List<Object>> roles = new ArrayList<>();
        for (DemoPeople.Person p : people.people()) {
            users.add(Arrays.asList(p.id(), p.username(), p.displayName(), p.teamId(), p.area(), passwordHash, true, 0,
                    TimeText.of(now)));
            roles.add(List.of(p.id(), p.role().wireName()));
        }
        batch("INSERT INTO app_user (id, username, display_name, team_id, area, password_hash, active, failed_logins, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", users);
        batch("INSERT INTO user_role (user_id, role) VALUES (?, ?)", roles);
    }

    void children(ChildBatch batch, ChangeNumbers numbers) {
        List<List<Object>> children = new ArrayList<>();
        for (ChildBatch.Child c : batch.children) {
            children.add(Arrays.asList(c.id(), c.displayName(), c.dateOfBirth(), numbers.next(), c.teamId(), c.workerId(),
                    c.closedOn()));
        }
        batch("INSERT INTO child (id, display_name, date_of_birth, change_seq, team_id, allocated_worker_id, closed_on) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", children);
        List<List<Object>> allocations = new ArrayList<>();
        for (ChildBatch.Allocation a : batch.allocations) {
            allocations.add(Arrays.asList(a.childId(), TimeText.of(a.from()), a.workerId(), a.teamId(),
                    a.until() == null ? null : TimeText.of(a.until())));
        }
        batch("INSERT INTO allocation (child_id, allocated_from, worker_id, team_id, allocated_until) VALUES (?, ?, ?, ?, ?)",
                allocations);
        Map<String, List<ChildBatch.Episode>> byTable = batch.episodes.stream()
                .collect(Collectors.groupingBy(ChildBatch.Episode::table));
        byTable.forEach((table, rows) -> {
            List<String> columns = new ArrayList<>(rows.get(0).columns().keySet());
            List<List<Object>> params = new ArrayList<>();
            rows.forEach(row -> params.add(new ArrayList<>(row.columns().values())));
            batch("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")", params);
        });
    }

    /** Stores the visits as version 1, as a push would. */
    void visits(List<ChildBatch.Synced<Visit>> synced, ChangeNumbers numbers) {
        List<VisitEntity> rows = new ArrayList<>(synced.size());
        for (ChildBatch.Synced<Visit> s : synced) {
            rows.add(VisitRows.toRow(s.record(), 1, s.operationId(), s.deviceId(), s.receivedAt(), numbers.next()));
        }
        for (int stored : visits.insertAll(rows)) {
            if (stored != 1) {
                throw new IllegalStateException("A generated visit collided with a stored one");
            }
        }
    }

    void missing(List<ChildBatch.Synced<MissingEpisode>> episodes, List<ChildBatch.Synced<ReturnInterview>> interviews,
                 ChangeNumbers numbers) {
        insert(missing.episodes(), episodes, numbers);
        insert(missing.interviews(), interviews, numbers);
    }

    private static <R> void insert(VersionedTable<R> table, List<ChildBatch.Synced<R>> records, ChangeNumbers numbers) {
        for (ChildBatch.Synced<R> s : records) {
            if (!table.insert(table.newRow(s.record(), 1, s.operationId(), s.receivedAt(), numbers.next()), s.deviceId())) {
                throw new IllegalStateException("A generated " + table.kind().field() + " collided with a stored one");
            }
        }
    }

    private void batch(String sql, List<List<Object>> rows) {
        JdbcBatches.run(jdbc, sql, rows);
    }
}
