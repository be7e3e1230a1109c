package org.doorstep.server.hostile;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Watches the server's SQLite file from a connection of its own. {@code PRAGMA data_version} changes
 * exactly when another connection commits a change, so a request after which it has not changed wrote
 * nothing at all; when it has, the fingerprint (every row of every table, sorted; the append-only audit
 * trail by its count) says what changed.
 */
final class WriteWatch implements AutoCloseable {
    /** Bookkeeping a refused request is meant to leave: when a device was last seen; failed sign-ins. */
    static final Set<String> BOOKKEEPING = Set.of("device.last_seen_at", "app_user.failed_logins", "app_user.locked_until");
    private final Connection connection;
    private final List<String> tables = new ArrayList<>();

    WriteWatch(Path database) throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + database);
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                        + " AND name <> 'flyway_schema_history' ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
    }

    List<String> tables() {
        return tables;
    }

    long dataVersion() throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("PRAGMA data_version")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every table's rows as sorted text, without the bookkeeping columns. */
    Map<String, List<String>> fingerprint() throws SQLException {
        Map<String, List<String>> fingerprint = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                if (table.equals("audit_event")) {
                    try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM audit_event")) {
                        rs.next();
                        rows.add("count=" + rs.getLong(1));
                    }
                } else {
                    try (ResultSet rs = statement.executeQuery("SELECT * FROM " + table)) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            StringBuilder row = new StringBuilder();
                            for (int i = 1; i <= columns; i++) {
                                String column = rs.getMetaData().getColumnName(i);
                                if (!BOOKKEEPING.contains(table + "." + column)) {
                                    row.append(column).append('=').append(rs.getString(i)).append('|');
                                }
                            }
                            rows.add(row.toString());
                        }
                    }
                }
                Collections.sort(rows);
                fingerprint.put(table, rows);
            }
        }
        return fingerprint;
    }

    /** The tables whose rows differ, but for {@code allowed}. */
    static List<String> changedTables(Map<String, List<String>> before, Map<String, List<String>> after, Set<String> allowed) {
        List<String> changed = new ArrayList<>();
        for (String table : before.keySet()) {
            if (!allowed.contains(table) && !before.get(table).equals(after.get(table))) {
                changed.add(table);
            }
        }
        return changed;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
