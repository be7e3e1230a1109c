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
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO visits (id, child_id, occurred_at, "
                    + "recorded_at, seen, seen_alone, not_alone_reason, notes, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                VisitRows.bindVisit(insert, visit);
                insert.setString(9, SyncState.WAITING.column());
                insert.executeUpdate();
            }
            try (PreparedStatement outbox = c.prepareStatement(
                    "INSERT INTO outbox (operation_id, visit_id, created_at) VALUES (?, ?, ?)")) {
                outbox.setString(1, operationIds.get().toString());
                outbox.setString(2, visit.id().toString());
                outbox.setString(3, clock.instant().toString());
                outbox.executeUpdate();
            }
            return new LocalVisit(visit, SyncState.WAITING, null, null, null);
        });
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
            try (PreparedStatement select = c.prepareStatement("SELECT o.operation_id, " + VisitRows.COLUMNS
                    + " FROM outbox o JOIN visits v ON v.id = o.visit_id ORDER BY o.seq");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(new OutboxEntry(UUID.fromString(rows.getString("operation_id")), VisitRows.readVisit(rows)));
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
        switch (result.outcome()) {
            case APPLIED, DUPLICATE -> {
                update(c, "UPDATE visits SET state = 'sent', server_version = ?, error_code = NULL, error_message = NULL, "
                        + "error_field = NULL, sync_note = NULL WHERE id = (SELECT visit_id FROM outbox WHERE operation_id = ?)",
                        result.version(), operationId);
                update(c, "DELETE FROM outbox WHERE operation_id = ?", operationId);
            }
            case REJECTED -> {
                Rejection rejection = Rejection.of(result.error());
                update(c, "UPDATE visits SET state = 'rejected', error_code = ?, error_message = ?, error_field = ?, "
                        + "sync_note = NULL WHERE id = (SELECT visit_id FROM outbox WHERE operation_id = ?)",
                        rejection.code(), rejection.message(), rejection.field(), operationId);
                update(c, "DELETE FROM outbox WHERE operation_id = ?", operationId);
            }
            case CONFLICT -> update(c, "UPDATE visits SET sync_note = ? WHERE id = (SELECT visit_id FROM outbox "
                    + "WHERE operation_id = ?)", conflictNote(result), operationId);
            default -> throw new IllegalArgumentException("Unknown outcome " + result.outcome());
        }
    }

    private static String conflictNote(MutationResult result) {
        return result.error() != null ? result.error().message()
                : "The server holds a different version of this visit (version " + result.version() + ")";
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
