package org.doorstep.mobile.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The device database's tables, built up by numbered steps. {@code PRAGMA user_version} holds the number
 * of steps applied; opening a file applies the missing ones, each in its own transaction. Steps are only
 * ever appended, never edited: phones in the field hold files at every version.
 */
final class Schema {
    /** Step {@code i} takes the file from version {@code i} to {@code i + 1}. */
    private static final List<List<String>> STEPS = List.of(
            List.of(
                    """
                    CREATE TABLE visits (
                        id               TEXT PRIMARY KEY,
                        child_id         TEXT NOT NULL,
                        occurred_at      TEXT NOT NULL,
                        recorded_at      TEXT NOT NULL,
                        seen             INTEGER NOT NULL CHECK (seen IN (0, 1)),
                        seen_alone       INTEGER CHECK (seen_alone IN (0, 1)),
                        not_alone_reason TEXT,
                        notes            TEXT,
                        state            TEXT NOT NULL CHECK (state IN ('waiting', 'sent', 'rejected')),
                        server_version   INTEGER,
                        error_code       TEXT,
                        error_message    TEXT,
                        error_field      TEXT,
                        sync_note        TEXT
                    )""",
                    "CREATE INDEX visits_by_state ON visits (state)",
                    """
                    CREATE TABLE outbox (
                        seq          INTEGER PRIMARY KEY AUTOINCREMENT,
                        operation_id TEXT NOT NULL UNIQUE,
                        visit_id     TEXT NOT NULL UNIQUE REFERENCES visits (id),
                        created_at   TEXT NOT NULL
                    )""",
                    "CREATE TABLE children (id TEXT PRIMARY KEY, display_name TEXT)",
                    "CREATE TABLE device (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            List.of(
                    // Who is signed in on this device, at most one row. refresh_token is null once the server
                    // ended the sign-in (the row stays so that unsent visits keep their author).
                    """
                    CREATE TABLE session (
                        id            INTEGER PRIMARY KEY CHECK (id = 1),
                        user_id       TEXT NOT NULL,
                        username      TEXT NOT NULL,
                        display_name  TEXT NOT NULL,
                        roles         TEXT NOT NULL,
                        refresh_token TEXT,
                        signed_in_at  TEXT NOT NULL
                    )"""),
            List.of(
                    // When a sync last completed, for the status line; at most one row.
                    """
                    CREATE TABLE sync_status (
                        id              INTEGER PRIMARY KEY CHECK (id = 1),
                        last_success_at TEXT NOT NULL
                    )"""),
            List.of(
                    // The pull (org.doorstep.mobile.pull): the children table gains what due dates need; the server's
                    // copies of records live in their own tables, so a pull never writes a record of this device's
                    // own (visits, outbox). episodes: the child's episodes as the server sent them (JSON), null when
                    // a server sent none. pulled_*: the latest version the server holds of each record, its columns
                    // for the caseload and the whole version as received (JSON, offsets and all). A pulled visit's
                    // times are also kept as epoch milliseconds (UTC instants, no zone involved): the caseload reads
                    // thousands of them each time it opens, with no text to parse.
                    "ALTER TABLE children ADD COLUMN date_of_birth TEXT",
                    "ALTER TABLE children ADD COLUMN team_id TEXT",
                    "ALTER TABLE children ADD COLUMN episodes TEXT",
                    """
                    CREATE TABLE pulled_visits (
                        id               TEXT PRIMARY KEY,
                        version          INTEGER NOT NULL,
                        child_id         TEXT NOT NULL,
                        occurred_ms      INTEGER NOT NULL,
                        recorded_ms      INTEGER,
                        received_ms      INTEGER,
                        seen             INTEGER NOT NULL CHECK (seen IN (0, 1)),
                        seen_alone       INTEGER CHECK (seen_alone IN (0, 1)),
                        not_alone_reason TEXT,
                        visit_type       TEXT NOT NULL,
                        record           TEXT NOT NULL
                    )""",
                    "CREATE INDEX pulled_visits_by_child ON pulled_visits (child_id)",
                    """
                    CREATE TABLE pulled_missing_episodes (
                        id               TEXT PRIMARY KEY,
                        version          INTEGER NOT NULL,
                        child_id         TEXT NOT NULL,
                        record           TEXT NOT NULL
                    )""",
                    "CREATE INDEX pulled_missing_episodes_by_child ON pulled_missing_episodes (child_id)",
                    """
                    CREATE TABLE pulled_return_interviews (
                        id               TEXT PRIMARY KEY,
                        version          INTEGER NOT NULL,
                        child_id         TEXT NOT NULL,
                        record           TEXT NOT NULL
                    )""",
                    "CREATE INDEX pulled_return_interviews_by_child ON pulled_return_interviews (child_id)",
                    // Where the pull stands: the server's cursor (null: pull from the beginning), the council's policy
                    // as last pulled (JSON, null before the first pull) and when a pull last completed. One row.
                    """
                    CREATE TABLE pull_state (
                        id          INTEGER PRIMARY KEY CHECK (id = 1),
                        cursor      TEXT,
                        policy      TEXT,
                        pulled_at   TEXT
                    )"""),
            List.of(
                    // The full visit form: the visit's type, the reg 29 reason when seen but not alone, the bedroom,
                    // the child's views, observations and actions (null in rows saved before: the first form recorded
                    // statutory visits only, which is what a null type means).
                    "ALTER TABLE visits ADD COLUMN visit_type TEXT",
                    "ALTER TABLE visits ADD COLUMN not_alone_code TEXT",
                    "ALTER TABLE visits ADD COLUMN bedroom_seen INTEGER CHECK (bedroom_seen IN (0, 1))",
                    "ALTER TABLE visits ADD COLUMN child_views TEXT",
                    "ALTER TABLE visits ADD COLUMN observations TEXT",
                    "ALTER TABLE visits ADD COLUMN actions TEXT",
                    // A form's content as typed, saved while the person types so that it survives the app being
                    // killed; one per form (key: e.g. the child's id for a new visit). Never sent.
                    """
                    CREATE TABLE drafts (
                        form_key  TEXT PRIMARY KEY,
                        content   TEXT NOT NULL,
                        saved_at  TEXT NOT NULL
                    )"""),
            List.of(
                    // Corrections: a visit may now have more than one entry in the outbox (the record and a correction
                    // made before it was sent), so visit_id is no longer unique; each entry keeps the version it
                    // corrects (base_version, null for the first record) and the visit as it was sent (record, JSON;
                    // null for entries made before this step, which send the row in visits as it stands).
                    """
                    CREATE TABLE outbox_entries (
                        seq          INTEGER PRIMARY KEY AUTOINCREMENT,
                        operation_id TEXT NOT NULL UNIQUE,
                        visit_id     TEXT NOT NULL REFERENCES visits (id),
                        base_version INTEGER,
                        record       TEXT,
                        created_at   TEXT NOT NULL
                    )""",
                    "INSERT INTO outbox_entries (seq, operation_id, visit_id, created_at) "
                            + "SELECT seq, operation_id, visit_id, created_at FROM outbox",
                    "DROP TABLE outbox",
                    "ALTER TABLE outbox_entries RENAME TO outbox",
                    "CREATE INDEX outbox_by_visit ON outbox (visit_id)"),
            List.of(
                    // Missing episodes and return interviews recorded on this device: the latest version of each
                    // (record, JSON as the protocol writes it) and their own outbox, pushed after the visits'.
                    """
                    CREATE TABLE missing_records (
                        id             TEXT PRIMARY KEY,
                        kind           TEXT NOT NULL CHECK (kind IN ('episode', 'interview')),
                        child_id       TEXT NOT NULL,
                        record         TEXT NOT NULL,
                        state          TEXT NOT NULL CHECK (state IN ('waiting', 'sent', 'rejected')),
                        server_version INTEGER,
                        error_code     TEXT,
                        error_message  TEXT,
                        error_field    TEXT,
                        sync_note      TEXT,
                        saved_at       TEXT NOT NULL
                    )""",
                    """
                    CREATE TABLE missing_outbox (
                        seq          INTEGER PRIMARY KEY AUTOINCREMENT,
                        operation_id TEXT NOT NULL UNIQUE,
                        record_id    TEXT NOT NULL REFERENCES missing_records (id),
                        kind         TEXT NOT NULL,
                        base_version INTEGER,
                        record       TEXT NOT NULL,
                        created_at   TEXT NOT NULL
                    )"""));

    private Schema() {
    }

    static int latestVersion() {
        return STEPS.size();
    }

    /** Brings the database up to {@link #latestVersion()}; refuses a file from a newer app. */
    static void migrate(Connection connection) throws SQLException {
        migrate(connection, latestVersion());
    }

    /** Brings the database up to {@code target} (at most {@link #latestVersion()}); refuses a file from a newer app. */
    static void migrate(Connection connection, int target) throws SQLException {
        int current = userVersion(connection);
        if (current > latestVersion()) {
            throw new StoreException("The device database was written by a newer version of Doorstep (schema "
                    + current + ", this app knows " + latestVersion() + "); update the app");
        }
        if (target > latestVersion()) {
            throw new IllegalArgumentException("No schema version " + target + "; the latest is " + latestVersion());
        }
        for (int step = current; step < target; step++) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : STEPS.get(step)) {
                    statement.executeUpdate(sql);
                }
                statement.executeUpdate("PRAGMA user_version = " + (step + 1));
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
