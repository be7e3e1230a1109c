package org.doorstep.server.visits;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Inserts many visit rows in one JDBC batch inside the current transaction, each
 * {@code ON CONFLICT DO NOTHING}: the per-row counts say which were stored (1) and which met an
 * existing id or operation id (0). One round trip for a whole push instead of one per visit.
 */
@Singleton
public class VisitInserts {
    private static final String INSERT = insertInto("visit");

    private final JdbcOperations jdbc;

    VisitInserts(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The insert of every column into {@code table} (the visit table, or a copy of it), bound by {@link #bind}. */
    public static String insertInto(String table) {
        return "INSERT INTO " + table + """
                 (id, version, operation_id, child_id, device_id, occurred_at, occurred_offset, recorded_at,
                  recorded_offset, received_at, seen, seen_alone, not_alone_reason, notes, time_flags, content_hash,
                  latest, change_seq, visit_type, not_alone_code, bedroom_seen, child_views, observations, actions)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""";
    }

    /** One count per row, in order: 1 stored, 0 already present. */
    public int[] insertAll(List<VisitEntity> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        return jdbc.prepareStatement(INSERT, statement -> {
            for (VisitEntity row : rows) {
                bind(statement, row);
                statement.addBatch();
            }
            int[] counts = statement.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == PreparedStatement.SUCCESS_NO_INFO || counts[i] < 0) {
                    throw new SQLException("The driver did not report whether row " + i + " was stored");
                }
            }
            return counts;
        });
    }

    /** Binds every column of {@code row} in the order of {@link #insertInto}. */
    public static void bind(PreparedStatement statement, VisitEntity row) throws SQLException {
        statement.setString(1, row.id());
        statement.setInt(2, row.version());
        statement.setString(3, row.operationId());
        statement.setString(4, row.childId());
        statement.setString(5, row.deviceId());
        statement.setString(6, row.occurredAt());
        statement.setString(7, row.occurredOffset());
        statement.setString(8, row.recordedAt());
        statement.setString(9, row.recordedOffset());
        statement.setString(10, row.receivedAt());
        statement.setBoolean(11, row.seen());
        setBoolean(statement, 12, row.seenAlone());
        statement.setString(13, row.notAloneReason());
        statement.setString(14, row.notes());
        statement.setString(15, row.timeFlags());
        statement.setString(16, row.contentHash());
        statement.setBoolean(17, row.latest());
        statement.setLong(18, row.changeSeq());
        statement.setString(19, row.visitType());
        statement.setString(20, row.notAloneCode());
        setBoolean(statement, 21, row.bedroomSeen());
        statement.setString(22, row.childViews());
        statement.setString(23, row.observations());
        statement.setString(24, row.actions());
    }

    private static void setBoolean(PreparedStatement statement, int index, Boolean value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BOOLEAN);
        } else {
            statement.setBoolean(index, value);
        }
    }
}
