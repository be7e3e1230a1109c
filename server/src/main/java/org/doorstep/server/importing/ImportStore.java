package org.doorstep.server.importing;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.doorstep.server.db.ChangeNumbers;
import org.doorstep.server.db.JdbcBatches;

/** The import's reads and batched writes, through plain JDBC inside the caller's transaction. */
@Singleton
class ImportStore {
    private final JdbcOperations jdbc;

    ImportStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Every stored row of the file's table: id to its stored columns. */
    Map<String, Map<String, String>> load(ImportFile file) {
        List<String> columns = file.storedColumns();
        String sql = "SELECT id, " + String.join(", ", columns) + " FROM " + file.table();
        return jdbc.prepareStatement(sql, statement -> {
            Map<String, Map<String, String>> rows = new HashMap<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> values = new HashMap<>();
                    for (String column : columns) {
                        values.put(column, rs.getString(column));
                    }
                    rows.put(rs.getString("id"), values);
                }
            }
            return rows;
        });
    }

    /** Every user's roles. */
    Map<String, SortedSet<String>> roles() {
        return jdbc.prepareStatement("SELECT user_id, role FROM user_role", statement -> {
            Map<String, SortedSet<String>> roles = new HashMap<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    roles.computeIfAbsent(rs.getString("user_id"), id -> new TreeSet<>()).add(rs.getString("role"));
                }
            }
            return roles;
        });
    }

    /** Inserts the rows with their stored columns and, per row, the {@code extra} columns' values. */
    void insert(ImportFile file, List<ImportRow> rows, List<String> extra, ExtraValues values) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>();
        columns.add("id");
        columns.addAll(file.storedColumns());
        columns.addAll(extra);
        String sql = "INSERT INTO " + file.table() + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        batch(sql, rows, row -> {
            List<Object> params = new ArrayList<>();
            params.add(row.id());
            file.storedColumns().forEach(column -> params.add(row.value(column)));
            params.addAll(values.of(row));
            return params;
        });
    }

    /** Updates the rows' stored columns and, per row, the {@code extra} columns' values. */
    void update(ImportFile file, List<ImportRow> rows, List<String> extra, ExtraValues values) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>(file.storedColumns());
        columns.addAll(extra);
        String sql = "UPDATE " + file.table() + " SET " + String.join(" = ?, ", columns) + " = ? WHERE id = ?";
        batch(sql, rows, row -> {
            List<Object> params = new ArrayList<>();
            file.storedColumns().forEach(column -> params.add(row.value(column)));
            params.addAll(values.of(row));
            params.add(row.id());
            return params;
        });
    }

    void replaceRoles(List<ImportRow> users) {
        if (users.isEmpty()) {
            return;
        }
        batch("DELETE FROM user_role WHERE user_id = ?", users, user -> List.of(user.id()));
        List<List<Object>> roles = new ArrayList<>();
        for (ImportRow user : users) {
            for (String role : user.roles()) {
                roles.add(List.of(user.id(), role));
            }
        }
        batchOf("INSERT INTO user_role (user_id, role) VALUES (?, ?)", roles);
    }

    /** Opens a current allocation for each child to its worker and team, from {@code from}. */
    void openAllocations(List<ImportRow> children, String from) {
        List<List<Object>> params = new ArrayList<>();
        for (ImportRow child : children) {
            params.add(java.util.Arrays.asList(child.id(), from, child.value("allocated_worker_id"), child.value("team_id")));
        }
        batchOf("INSERT INTO allocation (child_id, allocated_from, worker_id, team_id) VALUES (?, ?, ?, ?)", params);
    }

    /** The ids of the users holding {@code role}. */
    List<String> usersWithRole(String role) {
        return jdbc.prepareStatement("SELECT user_id FROM user_role WHERE role = ?", statement -> {
            statement.setString(1, role);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
    }

    /** Notes under change number {@code number} that what these people may see changed (devices pull again). */
    void resetScopes(List<String> userIds, long number) {
        batch("UPDATE app_user SET scope_reset_seq = ? WHERE id = ?", userIds, id -> List.of(number, id));
    }

    /** Gives each child the next of {@code numbers} as its change number, so that devices pull it again. */
    void renumberChildren(List<String> childIds, ChangeNumbers numbers) {
        batch("UPDATE child SET change_seq = ? WHERE id = ?", childIds, id -> List.of(numbers.next(), id));
    }

    interface ExtraValues {
        List<Object> of(ImportRow row);
    }

    private interface Params<T> {
        List<Object> of(T item);
    }

    private <T> void batch(String sql, List<T> items, Params<T> params) {
        List<List<Object>> all = new ArrayList<>(items.size());
        for (T item : items) {
            all.add(params.of(item));
        }
        batchOf(sql, all);
    }

    private void batchOf(String sql, List<List<Object>> rows) {
        JdbcBatches.run(jdbc, sql, rows);
    }
}
