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
            + "v.error_field, v.sync_note, v.visit_type, v.not_alone_code, v.bedroom_seen, v.child_views, v.observations, "
            + "v.actions";
    /** The visit's own columns, in the order {@link #bindVisit} binds them. */
    static final String VISIT_COLUMNS = "id, child_id, occurred_at, recorded_at, seen, seen_alone, not_alone_reason, "
            + "notes, visit_type, not_alone_code, bedroom_seen, child_views, observations, actions";

    private VisitRows() {
    }

    /** Binds the visit's own fields ({@link #VISIT_COLUMNS}) to parameters 1 to 14 of an insert. */
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
        insert.setString(9, visit.type());
        insert.setString(10, visit.notAloneCode());
        if (visit.bedroomSeen() == null) {
            insert.setNull(11, Types.INTEGER);
        } else {
            insert.setInt(11, visit.bedroomSeen() ? 1 : 0);
        }
        insert.setString(12, visit.childViews());
        insert.setString(13, visit.observations());
        insert.setString(14, visit.actions());
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
                row.getString("notes"),
                row.getString("visit_type"),
                row.getString("not_alone_code"),
                nullableBoolean(row, "bedroom_seen"),
                row.getString("child_views"),
                row.getString("observations"),
                row.getString("actions"));
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
