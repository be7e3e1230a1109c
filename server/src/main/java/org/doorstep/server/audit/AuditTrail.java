package org.doorstep.server.audit;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.doorstep.server.db.TimeText;

/**
 * Reads the audit trail, newest first (server time, then id), in pages addressed by an opaque cursor: the
 * position of the last entry of the previous page, so entries added meanwhile never shift a page.
 */
@Singleton
public class AuditTrail {
    private static final String SELECT = "SELECT id, recorded_at, user_id, username, device_id, channel, action, child_id,"
            + " subject, detail FROM audit_event";
    private final JdbcOperations jdbc;

    AuditTrail(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of entries and the cursor of the next one (null when this is the last). */
    public record Page(List<AuditEvent> events, String next) {
    }

    /** At most {@code limit} entries after {@code cursor} (null: from the newest). */
    @Connectable
    public Page page(AuditFilter filter, int limit, Position cursor) {
        List<AuditEvent> events = new ArrayList<>();
        query(filter, cursor, limit + 1, events::add);
        boolean more = events.size() > limit;
        List<AuditEvent> page = more ? events.subList(0, limit) : events;
        String next = more ? encode(page.get(page.size() - 1)) : null;
        return new Page(List.copyOf(page), next);
    }

    /** Every matching entry, newest first, one at a time (for the CSV export). */
    @Connectable
    public void each(AuditFilter filter, Consumer<AuditEvent> sink) {
        query(filter, null, Integer.MAX_VALUE, sink);
    }

    private void query(AuditFilter filter, Position cursor, int limit, Consumer<AuditEvent> sink) {
        List<String> conditions = new ArrayList<>();
        List<String> values = new ArrayList<>();
        if (filter.childId() != null) {
            conditions.add("child_id = ?");
            values.add(filter.childId());
        }
        if (filter.userId() != null) {
            conditions.add("user_id = ?");
            values.add(filter.userId());
        }
        if (filter.from() != null) {
            conditions.add("recorded_at >= ?");
            values.add(TimeText.of(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("recorded_at < ?");
            values.add(TimeText.of(filter.to()));
        }
        if (cursor != null) {
            conditions.add("(recorded_at < ? OR (recorded_at = ? AND id < ?))");
            values.add(cursor.recordedAt());
            values.add(cursor.recordedAt());
            values.add(cursor.id());
        }
        String sql = SELECT + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY recorded_at DESC, id DESC" + (limit == Integer.MAX_VALUE ? "" : " LIMIT " + limit);
        jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < values.size(); i++) {
                statement.setString(i + 1, values.get(i));
            }
            read(statement, sink);
            return null;
        });
    }

    private static void read(PreparedStatement statement, Consumer<AuditEvent> sink) throws SQLException {
        statement.setFetchSize(500);
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                sink.accept(new AuditEvent(rs.getString("id"), TimeText.instant(rs.getString("recorded_at")),
                        rs.getString("user_id"), rs.getString("username"), rs.getString("device_id"), rs.getString("channel"),
                        rs.getString("action"), rs.getString("child_id"), rs.getString("subject"), rs.getString("detail")));
            }
        }
    }

    /** Where a page ends: the last entry's stored time text and id. */
    public record Position(String recordedAt, String id) {
        /** The position in {@code cursor}, or null for a cursor this server did not issue. */
        public static Position decode(String cursor) {
            try {
                String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                int bar = text.indexOf('|');
                if (bar > 0) {
                    Position position = new Position(text.substring(0, bar), text.substring(bar + 1));
                    TimeText.instant(position.recordedAt());
                    return position;
                }
            } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
                // not ours
            }
            return null;
        }
    }

    private static String encode(AuditEvent last) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((TimeText.of(last.recordedAt()) + "|" + last.id()).getBytes(StandardCharsets.UTF_8));
    }
}
