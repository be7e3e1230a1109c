package org.doorstep.mobile.pull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.doorstep.mobile.store.LocalDatabase;
import org.doorstep.mobile.store.StoreException;
import org.doorstep.protocol.ProtocolJson;
import org.doorstep.protocol.child.CaseloadChild;
import org.doorstep.protocol.child.ChildEpisodes;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.missing.ReturnInterview;
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
 * {@link CaseloadStore} in the device database (tables of schema step 4: {@code children} with its details,
 * {@code pulled_visits}, {@code pulled_missing_episodes}, {@code pulled_return_interviews}, {@code pull_state}).
 * A page and its cursor are one transaction.
 *
 * <p>A removal ({@code child_removed}) also deletes the device's own visits of the child that the server
 * acknowledged ({@code sent}, out of the outbox), in the same transaction; a visit still waiting to be pushed,
 * or rejected by the server, is never deleted nor changed by a pull: the server does not hold it.
 */
public final class SqliteCaseloadStore implements CaseloadStore {
    private static final ObjectMapper JSON = ProtocolJson.newMapper();

    private final LocalDatabase database;

    public SqliteCaseloadStore(LocalDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public Optional<String> cursor() {
        return Optional.ofNullable(database.inTransaction(SqliteCaseloadStore::cursor));
    }

    @Override
    public void startAgain() {
        database.inTransaction(c -> {
            update(c, "DELETE FROM visits WHERE state = 'sent' AND id NOT IN (SELECT visit_id FROM outbox)");
            update(c, "DELETE FROM missing_records WHERE state = 'sent' AND id NOT IN (SELECT record_id FROM missing_outbox)");
            update(c, "UPDATE pull_state SET cursor = NULL");
            return null;
        });
    }

    @Override
    public void applyPage(List<Change> changes, String nextCursor, Instant pulledAt) {
        PageRules.requireChanges(changes);
        PageRules.requireCursor(nextCursor);
        Objects.requireNonNull(pulledAt, "pulledAt");
        database.inTransaction(c -> {
            if (cursor(c) == null) {
                for (String table : List.of("children", "pulled_visits", "pulled_missing_episodes",
                        "pulled_return_interviews", "pull_state")) {
                    update(c, "DELETE FROM " + table);
                }
            }
            for (int i = 0; i < changes.size(); i++) {
                PageRules.requireStorable(changes.get(i), i);
                apply(c, changes.get(i));
            }
            update(c, "INSERT INTO pull_state (id, cursor, pulled_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE "
                    + "SET cursor = excluded.cursor, pulled_at = excluded.pulled_at", nextCursor, pulledAt.toString());
            return null;
        });
    }

    private static void apply(Connection c, Change change) throws SQLException {
        if (change instanceof ChildChange child) {
            CaseloadChild k = child.child();
            update(c, "INSERT INTO children (id, display_name, date_of_birth, team_id, episodes) VALUES (?, ?, ?, ?, ?) "
                    + "ON CONFLICT (id) DO UPDATE SET display_name = excluded.display_name, date_of_birth = "
                    + "excluded.date_of_birth, team_id = excluded.team_id, episodes = excluded.episodes",
                    k.id(), k.displayName(), k.dateOfBirth() == null ? null : k.dateOfBirth().toString(), k.teamId(),
                    k.episodes() == null ? null : json(k.episodes()));
        } else if (change instanceof VisitChange visit) {
            putVisit(c, visit.visit());
        } else if (change instanceof MissingEpisodeChange missing) {
            StoredMissingEpisode stored = missing.episode();
            putRecord(c, "pulled_missing_episodes", stored.episode().id(), stored.version(), stored.episode().childId(),
                    json(stored));
        } else if (change instanceof ReturnInterviewChange interview) {
            StoredReturnInterview stored = interview.interview();
            putRecord(c, "pulled_return_interviews", stored.interview().id(), stored.version(),
                    stored.interview().childId(), json(stored));
        } else if (change instanceof ChildRemovedChange removed) {
            String id = removed.childId();
            for (String table : List.of("pulled_visits", "pulled_missing_episodes", "pulled_return_interviews")) {
                update(c, "DELETE FROM " + table + " WHERE child_id = ?", id);
            }
            update(c, "DELETE FROM children WHERE id = ?", id);
            update(c, "DELETE FROM visits WHERE child_id = ? AND state = 'sent' AND id NOT IN (SELECT visit_id FROM outbox)", id);
        } else if (change instanceof PolicyChange policy) {
            update(c, "INSERT INTO pull_state (id, policy) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET policy = excluded.policy",
                    json(policy.policy()));
        } else {
            throw new StoreException("A change of a kind this app does not know: " + change);
        }
    }

    private static void putVisit(Connection c, StoredVisit stored) throws SQLException {
        PulledVisit v = PulledVisit.of(stored);
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO pulled_visits (id, version, child_id, occurred_ms, "
                + "recorded_ms, received_ms, seen, seen_alone, not_alone_reason, visit_type, record) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET version = excluded.version, "
                + "child_id = excluded.child_id, occurred_ms = excluded.occurred_ms, recorded_ms = excluded.recorded_ms, "
                + "received_ms = excluded.received_ms, seen = excluded.seen, seen_alone = excluded.seen_alone, "
                + "not_alone_reason = excluded.not_alone_reason, visit_type = excluded.visit_type, record = excluded.record "
                + "WHERE excluded.version >= pulled_visits.version")) {
            upsert.setString(1, v.id().toString());
            upsert.setInt(2, stored.version());
            upsert.setString(3, v.childId());
            upsert.setLong(4, v.occurredAt().toEpochMilli());
            setMillis(upsert, 5, v.recordedAt());
            setMillis(upsert, 6, v.receivedAt());
            upsert.setInt(7, v.seen() ? 1 : 0);
            if (v.seenAlone() == null) {
                upsert.setNull(8, Types.INTEGER);
            } else {
                upsert.setInt(8, v.seenAlone() ? 1 : 0);
            }
            upsert.setString(9, v.notAloneReason());
            upsert.setString(10, v.type());
            upsert.setString(11, json(stored));
            upsert.executeUpdate();
        }
    }

    private static void setMillis(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, instant.toEpochMilli());
        }
    }

    private static void putRecord(Connection c, String table, UUID id, int version, String childId, String record)
            throws SQLException {
        update(c, "INSERT INTO " + table + " (id, version, child_id, record) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
                + "SET version = excluded.version, child_id = excluded.child_id, record = excluded.record "
                + "WHERE excluded.version >= " + table + ".version", id.toString(), version, childId, record);
    }

    @Override
    public CaseloadSnapshot snapshot() {
        return database.inTransaction(c -> {
            LocalPolicy policy = null;
            Instant pulledAt = null;
            try (PreparedStatement select = c.prepareStatement("SELECT policy, pulled_at FROM pull_state WHERE id = 1");
                 ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    policy = rows.getString(1) == null ? null : parse(rows.getString(1), LocalPolicy.class);
                    pulledAt = rows.getString(2) == null ? null : Instant.parse(rows.getString(2));
                }
            }
            Map<String, CaseloadChild> children = children(c);
            Map<String, List<PulledVisit>> visits = new HashMap<>();
            try (PreparedStatement select = c.prepareStatement("SELECT id, child_id, occurred_ms, recorded_ms, received_ms, "
                    + "seen, seen_alone, not_alone_reason, visit_type FROM pulled_visits");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    PulledVisit visit = visit(rows);
                    visits.computeIfAbsent(visit.childId(), id -> new ArrayList<>()).add(visit);
                }
            }
            Map<String, List<MissingEpisode>> missing = new HashMap<>();
            for (StoredMissingEpisode stored : records(c, "pulled_missing_episodes", StoredMissingEpisode.class)) {
                missing.computeIfAbsent(stored.episode().childId(), id -> new ArrayList<>()).add(stored.episode());
            }
            Map<String, List<ReturnInterview>> interviews = new HashMap<>();
            for (StoredReturnInterview stored : records(c, "pulled_return_interviews", StoredReturnInterview.class)) {
                interviews.computeIfAbsent(stored.interview().childId(), id -> new ArrayList<>()).add(stored.interview());
            }
            List<CaseloadSnapshot.ChildFile> files = new ArrayList<>(children.size());
            for (CaseloadChild child : children.values()) {
                files.add(new CaseloadSnapshot.ChildFile(child, visits.getOrDefault(child.id(), List.of()),
                        missing.getOrDefault(child.id(), List.of()), interviews.getOrDefault(child.id(), List.of())));
            }
            return new CaseloadSnapshot(policy, pulledAt, files);
        });
    }

    @Override
    public Optional<Integer> missingRecordVersion(java.util.UUID recordId) {
        return database.inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT version FROM pulled_missing_episodes WHERE id = ? "
                    + "UNION ALL SELECT version FROM pulled_return_interviews WHERE id = ?")) {
                select.setString(1, recordId.toString());
                select.setString(2, recordId.toString());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getInt(1)) : Optional.<Integer>empty();
                }
            }
        });
    }

    private static Map<String, CaseloadChild> children(Connection c) throws SQLException {
        Map<String, CaseloadChild> children = new LinkedHashMap<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT id, display_name, date_of_birth, team_id, episodes FROM children ORDER BY display_name, id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String born = rows.getString("date_of_birth");
                String episodes = rows.getString("episodes");
                children.put(rows.getString("id"), new CaseloadChild(rows.getString("id"), rows.getString("display_name"),
                        born == null ? null : LocalDate.parse(born), rows.getString("team_id"),
                        episodes == null ? null : parse(episodes, ChildEpisodes.class)));
            }
        }
        return children;
    }

    /** Reads a row by column position, in the order selected: this runs for every visit each time the caseload opens. */
    private static PulledVisit visit(ResultSet row) throws SQLException {
        UUID id = UUID.fromString(row.getString(1));
        String childId = row.getString(2);
        Instant occurred = Instant.ofEpochMilli(row.getLong(3));
        Instant recorded = millis(row, 4);
        Instant received = millis(row, 5);
        boolean seen = row.getInt(6) == 1;
        int seenAlone = row.getInt(7);
        Boolean alone = row.wasNull() ? null : seenAlone == 1;
        return new PulledVisit(id, childId, occurred, recorded, received, seen, alone, row.getString(8), row.getString(9));
    }

    private static Instant millis(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(value);
    }

    private static <T> List<T> records(Connection c, String table, Class<T> type) throws SQLException {
        List<T> records = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT record FROM " + table);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                records.add(parse(rows.getString(1), type));
            }
        }
        return records;
    }

    private static String cursor(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT cursor FROM pull_state WHERE id = 1");
             ResultSet rows = select.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static void update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot keep a pulled " + value.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static <T> T parse(String text, Class<T> type) {
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("The device database holds a " + type.getSimpleName() + " it cannot read: "
                    + e.getMessage(), e);
        }
    }
}
