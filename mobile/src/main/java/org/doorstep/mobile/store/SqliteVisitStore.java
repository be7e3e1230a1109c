package org.doorstep.mobile.store;

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
import org.doorstep.protocol.push.MutationResult;
import org.doorstep.protocol.visit.Visit;

/**
 * {@link VisitStore} in the device database: tables {@code visits} and {@code outbox}. A visit and its
 * outbox entry are written in one transaction, and so are a batch's results.
 */
public final class SqliteVisitStore implements VisitStore {
    private static final String SELECT = "SELECT " + VisitRows.COLUMNS + " FROM visits v ";

    private final LocalDatabase database;
    private final Supplier<UUID> operationIds;
    private final Clock clock;

    public SqliteVisitStore(LocalDatabase database) {
        this(database, Ids::newId, Clock.systemDefaultZone());
    }

    /** {@code operationIds} makes each new outbox entry's operation id (time-ordered UUIDs in the app, {@link Ids#newId}). */
    public SqliteVisitStore(LocalDatabase database, Supplier<UUID> operationIds, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.operationIds = Objects.requireNonNull(operationIds, "operationIds");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public LocalVisit save(Visit visit) {
        Objects.requireNonNull(visit, "visit");
        return database.inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO visits (" + VisitRows.VISIT_COLUMNS
                    + ", state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                VisitRows.bindVisit(insert, visit);
                insert.setString(15, SyncState.WAITING.column());
                insert.executeUpdate();
            }
            enqueue(c, visit, null);
            return new LocalVisit(visit, SyncState.WAITING, null, null, null);
        });
    }

    @Override
    public LocalVisit correct(Visit corrected) {
        Objects.requireNonNull(corrected, "corrected");
        return database.inTransaction(c -> {
            LocalVisit held;
            try (PreparedStatement select = c.prepareStatement(SELECT + "WHERE v.id = ?")) {
                select.setString(1, corrected.id().toString());
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        throw new StoreException("No visit " + corrected.id() + " on this device to correct");
                    }
                    held = VisitRows.read(rows);
                }
            }
            Corrections.checkSameChild(held, corrected);
            Integer lastQueuedBase = null;
            boolean queued = false;
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT base_version FROM outbox WHERE visit_id = ? ORDER BY seq DESC LIMIT 1")) {
                select.setString(1, corrected.id().toString());
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        queued = true;
                        int base = rows.getInt(1);
                        lastQueuedBase = rows.wasNull() ? null : base;
                    }
                }
            }
            Integer base = Corrections.baseVersion(held, queued, lastQueuedBase);
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO visits (" + VisitRows.VISIT_COLUMNS
                    + ", state, server_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (id) DO UPDATE SET occurred_at = excluded.occurred_at, recorded_at = excluded.recorded_at, "
                    + "seen = excluded.seen, seen_alone = excluded.seen_alone, not_alone_reason = excluded.not_alone_reason, "
                    + "notes = excluded.notes, visit_type = excluded.visit_type, not_alone_code = excluded.not_alone_code, "
                    + "bedroom_seen = excluded.bedroom_seen, child_views = excluded.child_views, "
                    + "observations = excluded.observations, actions = excluded.actions, state = excluded.state, "
                    + "error_code = NULL, error_message = NULL, error_field = NULL, sync_note = NULL")) {
                VisitRows.bindVisit(upsert, corrected);
                upsert.setString(15, SyncState.WAITING.column());
                upsert.setObject(16, held.serverVersion());
                upsert.executeUpdate();
            }
            enqueue(c, corrected, base);
            return new LocalVisit(corrected, SyncState.WAITING, held.serverVersion(), null, null);
        });
    }

    private void enqueue(Connection c, Visit visit, Integer baseVersion) throws SQLException {
        try (PreparedStatement outbox = c.prepareStatement(
                "INSERT INTO outbox (operation_id, visit_id, base_version, record, created_at) VALUES (?, ?, ?, ?, ?)")) {
            outbox.setString(1, operationIds.get().toString());
            outbox.setString(2, visit.id().toString());
            outbox.setObject(3, baseVersion);
            outbox.setString(4, VisitJson.write(visit));
            outbox.setString(5, clock.instant().toString());
            outbox.executeUpdate();
        }
    }

    @Override
    public List<LocalVisit> list() {
        return database.inTransaction(c -> query(c, SELECT + "ORDER BY v.recorded_at DESC, v.rowid DESC"));
    }

    @Override
    public Optional<LocalVisit> find(UUID visitId) {
        return database.inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement(SELECT + "WHERE v.id = ?")) {
                select.setString(1, visitId.toString());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(VisitRows.read(rows)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<OutboxEntry> outbox() {
        return database.inTransaction(c -> {
            List<OutboxEntry> entries = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT o.operation_id, o.base_version, o.record, "
                    + VisitRows.COLUMNS + " FROM outbox o JOIN visits v ON v.id = o.visit_id ORDER BY o.seq");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String record = rows.getString("record");
                    int base = rows.getInt("base_version");
                    Integer baseVersion = rows.wasNull() ? null : base;
                    entries.add(new OutboxEntry(UUID.fromString(rows.getString("operation_id")),
                            record == null ? VisitRows.readVisit(rows) : VisitJson.read(record), baseVersion));
                }
            }
            return entries;
        });
    }

    @Override
    public int countWaiting() {
        return database.inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT count(*) FROM visits WHERE state = ?")) {
                select.setString(1, SyncState.WAITING.column());
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    @Override
    public void applyResults(List<MutationResult> results) {
        database.inTransaction(c -> {
            for (MutationResult result : results) {
                apply(c, result);
            }
            return null;
        });
    }

    private static void apply(Connection c, MutationResult result) throws SQLException {
        String operationId = result.operationId().toString();
        String visitId = null;
        long seq = 0;
        try (PreparedStatement select = c.prepareStatement("SELECT visit_id, seq FROM outbox WHERE operation_id = ?")) {
            select.setString(1, operationId);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    visitId = rows.getString(1);
                    seq = rows.getLong(2);
                }
            }
        }
        if (visitId == null) {
            return;
        }
        switch (result.outcome()) {
            case APPLIED, DUPLICATE -> {
                update(c, "DELETE FROM outbox WHERE operation_id = ?", operationId);
                update(c, "UPDATE visits SET server_version = ?, error_code = NULL, error_message = NULL, error_field = NULL, "
                        + "sync_note = NULL, state = CASE WHEN EXISTS (SELECT 1 FROM outbox WHERE visit_id = ?) "
                        + "THEN 'waiting' ELSE 'sent' END WHERE id = ?", result.version(), visitId, visitId);
            }
            case REJECTED -> {
                Rejection rejection = Rejection.of(result.error());
                // The entries after it were made from this one: they cannot be sent either.
                update(c, "DELETE FROM outbox WHERE visit_id = ? AND seq >= ?", visitId, seq);
                update(c, "UPDATE visits SET state = 'rejected', error_code = ?, error_message = ?, error_field = ?, "
                        + "sync_note = NULL WHERE id = ?", rejection.code(), rejection.message(), rejection.field(), visitId);
            }
            case CONFLICT -> {
                // Sending it again would conflict again: it leaves the outbox, flagged, to be corrected from the
                // server's version (which is now the version a correction is based on).
                Rejection rejection = result.error() != null ? Rejection.of(result.error())
                        : new Rejection("stale_version", "The visit was changed on the server", "baseVersion");
                update(c, "DELETE FROM outbox WHERE visit_id = ? AND seq >= ?", visitId, seq);
                update(c, "UPDATE visits SET state = 'rejected', server_version = COALESCE(?, server_version), "
                        + "error_code = ?, error_message = ?, error_field = ?, sync_note = ? WHERE id = ?",
                        result.version(), rejection.code(), rejection.message(), rejection.field(),
                        VisitJson.conflictNote(result.version(), result.current(), rejection.message()), visitId);
            }
            default -> throw new IllegalArgumentException("Unknown outcome " + result.outcome());
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

    private static List<LocalVisit> query(Connection c, String sql) throws SQLException {
        List<LocalVisit> visits = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                visits.add(VisitRows.read(rows));
            }
        }
        return visits;
    }
}
