package org.doorstep.server.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.doorstep.protocol.Ids;
import org.doorstep.server.db.TimeText;
import org.doorstep.server.scope.Caller;

/**
 * Appends to the audit trail ({@code audit_event}). There is no code that updates or deletes an entry, and
 * the database refuses both (migration V4.1). Joins the caller's transaction: a write's entry commits or
 * rolls back with the write itself.
 */
@Singleton
public class AuditLog {
    public static final String READ = "read";
    public static final String WRITE = "write";
    private static final int MAX_SUBJECT = 200;
    private static final int MAX_DETAIL = 500;
    private static final String INSERT = "INSERT INTO audit_event (id, recorded_at, user_id, username, device_id, channel,"
            + " action, child_id, subject, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcOperations jdbc;
    private final Clock clock;

    AuditLog(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void record(Caller caller, String action, String childId, String subject, String detail) {
        recordAll(caller, List.of(new AuditEntry(action, childId, subject, detail)));
    }

    /** Appends every entry in one batch, all at the same server time. */
    @Transactional
    public void recordAll(Caller caller, List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        String now = TimeText.of(clock.instant());
        jdbc.prepareStatement(INSERT, statement -> {
            for (AuditEntry entry : entries) {
                statement.setString(1, Ids.newId().toString());
                statement.setString(2, now);
                statement.setString(3, caller.userId());
                statement.setString(4, caller.username());
                statement.setString(5, caller.deviceId());
                statement.setString(6, caller.channel().wireName());
                statement.setString(7, entry.action());
                statement.setString(8, entry.childId());
                statement.setString(9, clip(entry.subject(), MAX_SUBJECT));
                statement.setString(10, clip(entry.detail(), MAX_DETAIL));
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
