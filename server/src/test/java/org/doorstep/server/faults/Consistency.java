package org.doorstep.server.faults;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a database must show after faults: the engine's own integrity check, each visit version stored
 * once, unique operation ids and change numbers, one latest version per visit, one audit entry per stored
 * visit, and every visit a device holds stored exactly once. Each check answers its problems as sentences;
 * none means the database is sound.
 */
final class Consistency {
    private Consistency() {
    }

    static List<String> sqliteIntegrity(Connection connection) throws SQLException {
        List<String> problems = new ArrayList<>();
        List<String> integrity = column(connection, "PRAGMA integrity_check");
        if (!integrity.equals(List.of("ok"))) {
            problems.add("PRAGMA integrity_check: " + integrity);
        }
        List<String> foreignKeys = column(connection, "PRAGMA foreign_key_check");
        if (!foreignKeys.isEmpty()) {
            problems.add("PRAGMA foreign_key_check: " + foreignKeys);
        }
        return problems;
    }

    /** PostgreSQL's amcheck over every B-tree index of the schema (heap and index agree, order holds). */
    static List<String> postgresIntegrity(Connection connection) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS amcheck");
            try (ResultSet rs = statement.executeQuery("SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                    + " JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE a.amname = 'btree' AND n.nspname = 'public'")) {
                List<String> indexes = new ArrayList<>();
                while (rs.next()) {
                    indexes.add(rs.getString(1));
                }
                for (String index : indexes) {
                    try (Statement check = connection.createStatement()) {
                        check.execute("SELECT bt_index_check('public." + index + "'::regclass, true)");
                    } catch (SQLException e) {
                        problems.add("amcheck " + index + ": " + e.getMessage());
                    }
                }
                if (indexes.isEmpty()) {
                    problems.add("no B-tree index found to check");
                }
            }
        }
        return problems;
    }

    /** The rules every record table must keep, whatever happened. */
    static List<String> visitRules(Connection connection) throws SQLException {
        List<String> problems = new ArrayList<>();
        expectNone(connection, problems, "visit versions stored twice",
                "SELECT id, version FROM visit GROUP BY id, version HAVING COUNT(*) > 1");
        expectNone(connection, problems, "operation ids used twice",
                "SELECT operation_id FROM visit GROUP BY operation_id HAVING COUNT(*) > 1");
        expectNone(connection, problems, "change numbers used twice",
                "SELECT change_seq FROM (SELECT change_seq FROM visit UNION ALL SELECT change_seq FROM missing_episode"
                        + " UNION ALL SELECT change_seq FROM return_interview) all_changes GROUP BY change_seq HAVING COUNT(*) > 1");
        expectNone(connection, problems, "visits without exactly one latest version",
                "SELECT id FROM visit GROUP BY id HAVING SUM(CASE WHEN latest THEN 1 ELSE 0 END) <> 1");
        expectNone(connection, problems, "latest flag not on the highest version",
                "SELECT v.id FROM visit v WHERE v.latest AND v.version <> (SELECT MAX(w.version) FROM visit w WHERE w.id = v.id)");
        expectNone(connection, problems, "change numbers beyond the counter",
                "SELECT change_seq FROM visit WHERE change_seq > (SELECT value FROM sync_counter WHERE id = 1)");
        expectNone(connection, problems, "stored visits without their audit entry, or with more than one",
                "SELECT v.id FROM visit v WHERE v.device_id LIKE 'fault-%' AND (SELECT COUNT(*) FROM audit_event a"
                        + " WHERE a.action = 'write' AND a.subject = 'visit:' || v.id || ' v' || v.version) <> 1");
        return problems;
    }

    /** Every visit the device holds is stored exactly once, and nothing else of that device is. */
    static List<String> deviceRecords(Connection connection, FieldDevice device) throws SQLException {
        List<String> problems = new ArrayList<>();
        Set<UUID> stored = new HashSet<>();
        int rows = 0;
        try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM visit WHERE device_id = ?")) {
            statement.setString(1, device.deviceId());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    stored.add(UUID.fromString(rs.getString(1)));
                    rows++;
                }
            }
        }
        if (rows != stored.size()) {
            problems.add(device.deviceId() + ": " + (rows - stored.size()) + " visits stored more than once");
        }
        Set<UUID> lostAcknowledged = new HashSet<>(device.acknowledged());
        lostAcknowledged.removeAll(stored);
        if (!lostAcknowledged.isEmpty()) {
            problems.add(device.deviceId() + ": " + lostAcknowledged.size() + " acknowledged visits missing, e.g. "
                    + lostAcknowledged.iterator().next());
        }
        Set<UUID> missing = new HashSet<>(device.held());
        missing.removeAll(stored);
        if (!missing.isEmpty()) {
            problems.add(device.deviceId() + ": " + missing.size() + " visits it holds are not stored");
        }
        Set<UUID> unknown = new HashSet<>(stored);
        unknown.removeAll(device.held());
        if (!unknown.isEmpty()) {
            problems.add(device.deviceId() + ": " + unknown.size() + " stored visits it never recorded");
        }
        return problems;
    }

    private static void expectNone(Connection connection, List<String> problems, String what, String sql) throws SQLException {
        List<String> found = column(connection, sql);
        if (!found.isEmpty()) {
            problems.add(what + ": " + found.size() + ", e.g. " + found.get(0));
        }
    }

    private static List<String> column(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
