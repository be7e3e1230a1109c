package org.doorstep.mobile.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * Removes from the device what the server already holds, in one transaction: sent visits, the children
 * list with the pulled records, the council policy and the pull's cursor, and the sign-in. Never a visit
 * still waiting to be sent, nor a rejected one (the server does not hold it: the worker's only copy is here).
 * Forms' drafts (unsaved typing, never sent) go too unless the person is only signing out: a revoked
 * device or the next person signing in keeps none of them. The device id stays: it is this install's identity.
 */
public final class LocalWipe {
    /**
     * What the wipe did.
     *
     * @param sentRemoved     sent visits removed
     * @param childrenRemoved cached children removed
     * @param waitingKept     visits still waiting to be sent, kept
     * @param rejectedKept    rejected visits, kept
     */
    public record Result(int sentRemoved, int childrenRemoved, int waitingKept, int rejectedKept) {
    }

    private final LocalDatabase database;

    public LocalWipe(LocalDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Removes sent visits and the children list; the sign-in too when {@code includingSignIn}; every form's
     * draft when {@code includingDrafts}.
     */
    public Result wipeSynced(boolean includingSignIn, boolean includingDrafts) {
        return database.inTransaction(c -> {
            int sent = delete(c, "DELETE FROM visits WHERE state = 'sent' AND id NOT IN (SELECT visit_id FROM outbox)");
            // Missing episodes and interviews the server holds go the same way; those waiting or rejected stay.
            sent += delete(c, "DELETE FROM missing_records WHERE state = 'sent' AND id NOT IN (SELECT record_id FROM missing_outbox)");
            int children = delete(c, "DELETE FROM children");
            // The server's copies and where the pull stood: the next pull, maybe by another person, starts afresh.
            // ... and when a sync last completed: it no longer describes what the device holds.
            for (String table : List.of("pulled_visits", "pulled_missing_episodes", "pulled_return_interviews", "pull_state",
                    "sync_status")) {
                delete(c, "DELETE FROM " + table);
            }
            if (includingSignIn) {
                delete(c, "DELETE FROM session");
            }
            if (includingDrafts) {
                delete(c, "DELETE FROM drafts");
            }
            return new Result(sent, children, count(c, SyncState.WAITING), count(c, SyncState.REJECTED));
        });
    }

    private static int delete(Connection c, String sql) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            return statement.executeUpdate();
        }
    }

    private static int count(Connection c, SyncState state) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT count(*) FROM visits WHERE state = ?")) {
            select.setString(1, state.column());
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
