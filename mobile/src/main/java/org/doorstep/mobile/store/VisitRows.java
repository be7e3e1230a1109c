package org.doorstep.mobile.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.doorstep.protocol.visit.Visit;

/**
 * Maps visits to rows and back. Times are ISO-8601 text with the device's offset, never epoch numbers:
 * the offset is part of the record and a number would lose it (and depend on the JVM's zone).
 */
final class VisitRows {
    static final String COLUMNS = "v.id, v.child_id, v.occurred_at, v.recorded_at, v.seen, v.seen_alone, "
            + "v.not_alone_reason, v.notes, v.state, v.server_version, v.error_code, v.error_message, "
            + "v.error_field, v.sync_note";

    private VisitRows() {
    }

    /** Binds the visit's own fields to parameters 1 to 8 of an insert. */
    static void bindVisit(PreparedStatement insert, Visit visit) throws SQLException {
        insert.setString(1, visit.id().toString());
        insert.setString(2, visit.childId());
        insert.setString(3, visit.occurredAt().toString());
        insert.setString(4, visit.recordedAt().toString());
        insert.setInt(5, Boolean.TRUE.equals(visit.seen()) ? 1 : 0);
        if (visit.seenAlone() == null) {
            insert.setNull(6, Types.INTEGER);
        } else {
            insert.setInt(6, visit.seenAlone() ? 1 : 0);
        }
        insert.setString(7, visit.notAloneReason());
        insert.setString(8, visit.notes());
    }

    /** Reads a row selected with {@link #COLUMNS}. */
    static LocalVisit read(ResultSet row) throws SQLException {
        return new LocalVisit(readVisit(row), SyncState.fromColumn(row.getString("state")),
                nullableInt(row, "server_version"), readRejection(row), row.getString("sync_note"));
    }

    static Visit readVisit(ResultSet row) throws SQLException {
        return new Visit(
                UUID.fromString(row.getString("id")),
                row.getString("child_id"),
                OffsetDateTime.parse(row.getString("occurred_at")),
                OffsetDateTime.parse(row.getString("recorded_at")),
                row.getInt("seen") == 1,
                nullableBoolean(row, "seen_alone"),
                row.getString("not_alone_reason"),
                row.getString("notes"));
    }

    private static Rejection readRejection(ResultSet row) throws SQLException {
        String code = row.getString("error_code");
        return code == null ? null
                : new Rejection(code, row.getString("error_message"), row.getString("error_field"));
    }

    private static Integer nullableInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static Boolean nullableBoolean(ResultSet row, String column) throws SQLException {
        Integer value = nullableInt(row, column);
        return value == null ? null : value == 1;
    }
}
