package org.doorstep.mobile.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.doorstep.protocol.Ids;
import org.doorstep.protocol.ProtocolJson;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.missing.ReturnInterview;
import org.doorstep.protocol.push.Mutation;
import org.doorstep.protocol.push.MutationResult;

/**
 * {@link MissingStore} in the device database: tables {@code missing_records} (the device's latest version of
 * each record, JSON) and {@code missing_outbox} (schema step 7). A save and its outbox entry, and a batch's
 * results, are each one transaction.
 */
public final class SqliteMissingStore implements MissingStore {
    private static final ObjectMapper JSON = ProtocolJson.newMapper();
    private static final String EPISODE = "episode";
    private static final String INTERVIEW = "interview";
    private static final String SELECT = "SELECT kind, record, state, server_version, error_code, error_message, "
            + "error_field, sync_note FROM missing_records ";

    private final LocalDatabase database;
    private final Supplier<UUID> operationIds;
    private final Clock clock;

    public SqliteMissingStore(LocalDatabase database, Clock clock) {
        this(database, Ids::newId, clock);
    }

    public SqliteMissingStore(LocalDatabase database, Supplier<UUID> operationIds, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.operationIds = Objects.requireNonNull(operationIds, "operationIds");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public LocalMissing saveEpisode(MissingEpisode episode, Integer pulledVersion) {
        Objects.requireNonNull(episode, "episode");
        return save(episode.id(), episode.childId(), EPISODE, episode,
                new LocalMissing(episode, null, SyncState.WAITING, null, null, null), pulledVersion);
    }

    @Override
    public LocalMissing saveInterview(ReturnInterview interview, Integer pulledVersion) {
        Objects.requireNonNull(interview, "interview");
        return save(interview.id(), interview.childId(), INTERVIEW, interview,
                new LocalMissing(null, interview, SyncState.WAITING, null, null, null), pulledVersion);
    }

    private LocalMissing save(UUID id, String childId, String kind, Object record, LocalMissing fresh, Integer pulledVersion) {
        String json = write(record);
        return database.inTransaction(c -> {
            Optional<LocalMissing> held = find(c, id);
            if (held.isPresent() && (held.get().episode() != null) != EPISODE.equals(kind)) {
                throw new IllegalArgumentException("Record " + id + " is held as another kind of record");
            }
            Integer base;
            if (held.isEmpty()) {
                base = pulledVersion;
            } else {
                base = held.get().serverVersion();
                try (PreparedStatement last = c.prepareStatement(
                        "SELECT base_version FROM missing_outbox WHERE record_id = ? ORDER BY seq DESC LIMIT 1")) {
                    last.setString(1, id.toString());
                    try (ResultSet rows = last.executeQuery()) {
                        if (rows.next()) {
                            int value = rows.getInt(1);
                            base = rows.wasNull() ? 1 : value + 1;
                        }
                    }
                }
            }
            Integer version = held.isPresent() ? held.get().serverVersion() : pulledVersion;
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO missing_records (id, kind, child_id, record, "
                    + "state, server_version, saved_at) VALUES (?, ?, ?, ?, 'waiting', ?, ?) ON CONFLICT (id) DO UPDATE SET "
                    + "record = excluded.record, state = 'waiting', error_code = NULL, error_message = NULL, "
                    + "error_field = NULL, sync_note = NULL, saved_at = excluded.saved_at")) {
                upsert.setString(1, id.toString());
                upsert.setString(2, kind);
                upsert.setString(3, childId);
                upsert.setString(4, json);
                upsert.setObject(5, version);
                upsert.setString(6, clock.instant().toString());
                upsert.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO missing_outbox (operation_id, record_id, kind, "
                    + "base_version, record, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, operationIds.get().toString());
                insert.setString(2, id.toString());
                insert.setString(3, kind);
                insert.setObject(4, base);
                insert.setString(5, json);
                insert.setString(6, clock.instant().toString());
                insert.executeUpdate();
            }
            return fresh.with(SyncState.WAITING, version, null, null);
        });
    }

    @Override
    public List<LocalMissing> list() {
        return database.inTransaction(c -> {
            List<LocalMissing> all = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(SELECT + "ORDER BY saved_at DESC, rowid DESC");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    all.add(read(rows));
                }
            }
            return all;
        });
    }

    @Override
    public Optional<LocalMissing> find(UUID id) {
        return database.inTransaction(c -> find(c, id));
    }

    private static Optional<LocalMissing> find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(SELECT + "WHERE id = ?")) {
            select.setString(1, id.toString());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    @Override
    public List<Mutation> outbox() {
        return database.inTransaction(c -> {
            List<Mutation> mutations = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT operation_id, kind, base_version, record FROM missing_outbox ORDER BY seq");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int base = rows.getInt("base_version");
                    Integer baseVersion = rows.wasNull() ? null : base;
                    mutations.add(MissingRules.mutation(UUID.fromString(rows.getString("operation_id")),
                            readRecord(rows.getString("kind"), rows.getString("record")), baseVersion));
                }
            }
            return mutations;
        });
    }

    @Override
    public int countWaiting() {
        return database.inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT count(*) FROM missing_records WHERE state = 'waiting'");
                 ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    @Override
    public void applyResults(List<MutationResult> results) {
        for (MutationResult result : results) {
            Objects.requireNonNull(result.outcome(), "outcome");
        }
        database.inTransaction(c -> {
            for (MutationResult result : results) {
                apply(c, result);
            }
            return null;
        });
    }

    private static void apply(Connection c, MutationResult result) throws SQLException {
        String recordId = null;
        long seq = 0;
        try (PreparedStatement select = c.prepareStatement("SELECT record_id, seq FROM missing_outbox WHERE operation_id = ?")) {
            select.setString(1, result.operationId().toString());
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    recordId = rows.getString(1);
                    seq = rows.getLong(2);
                }
            }
        }
        if (recordId == null) {
            return;
        }
        try (PreparedStatement delete = c.prepareStatement(MissingRules.dropsLaterEntries(result)
                ? "DELETE FROM missing_outbox WHERE record_id = ? AND seq >= ?" : "DELETE FROM missing_outbox WHERE record_id = ? AND seq = ?")) {
            delete.setString(1, recordId);
            delete.setLong(2, seq);
            delete.executeUpdate();
        }
        boolean more;
        try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM missing_outbox WHERE record_id = ?")) {
            select.setString(1, recordId);
            try (ResultSet rows = select.executeQuery()) {
                more = rows.next();
            }
        }
        LocalMissing after = MissingRules.after(find(c, UUID.fromString(recordId)).orElseThrow(), result, more);
        try (PreparedStatement update = c.prepareStatement("UPDATE missing_records SET state = ?, server_version = ?, "
                + "error_code = ?, error_message = ?, error_field = ?, sync_note = ? WHERE id = ?")) {
            update.setString(1, after.state().column());
            update.setObject(2, after.serverVersion());
            update.setString(3, after.rejection() == null ? null : after.rejection().code());
            update.setString(4, after.rejection() == null ? null : after.rejection().message());
            update.setString(5, after.rejection() == null ? null : after.rejection().field());
            update.setString(6, after.note());
            update.setString(7, recordId);
            update.executeUpdate();
        }
    }

    private static LocalMissing read(ResultSet rows) throws SQLException {
        Object record = readRecord(rows.getString("kind"), rows.getString("record"));
        int version = rows.getInt("server_version");
        Integer serverVersion = rows.wasNull() ? null : version;
        String code = rows.getString("error_code");
        Rejection rejection = code == null ? null
                : new Rejection(code, rows.getString("error_message"), rows.getString("error_field"));
        return new LocalMissing(record instanceof MissingEpisode e ? e : null,
                record instanceof ReturnInterview i ? i : null, SyncState.fromColumn(rows.getString("state")),
                serverVersion, rejection, rows.getString("sync_note"));
    }

    private static Object readRecord(String kind, String json) {
        try {
            Class<?> type = EPISODE.equals(kind) ? MissingEpisode.class : ReturnInterview.class;
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("A missing-episode record in the device database cannot be read: " + e.getOriginalMessage());
        }
    }

    private static String write(Object record) {
        try {
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new StoreException("A record could not be written: " + e.getOriginalMessage());
        }
    }
}
