package org.doorstep.server.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads children's access state (team, team's area, worker, closed, has a missing episode) with plain JDBC. */
public final class ChildRows {
    private static final String SELECT = """
            SELECT c.id, c.team_id, c.allocated_worker_id, c.closed_on, t.area,
                   CASE WHEN EXISTS (SELECT 1 FROM missing_episode m WHERE m.child_id = c.id) THEN 1 ELSE 0 END AS has_missing
            FROM child c LEFT JOIN team t ON t.id = c.team_id
            """;

    /** One child's state now, with the area of its team. */
    public record Row(String childId, ChildState state, @Nullable String area) {
    }

    private ChildRows() {
    }

    static Map<String, Row> byIds(JdbcOperations jdbc, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<String> list = new ArrayList<>(ids);
        String sql = SELECT + "WHERE c.id IN (" + String.join(", ", Collections.nCopies(list.size(), "?")) + ")";
        return jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < list.size(); i++) {
                statement.setString(i + 1, list.get(i));
            }
            return read(statement);
        });
    }

    /**
     * Children that may concern a caller: allocated to {@code workerId}, in {@code teamId}, or in a team of
     * {@code area}. A null argument matches nothing.
     */
    static Map<String, Row> concerning(JdbcOperations jdbc, @Nullable String workerId, @Nullable String teamId,
                                       @Nullable String area) {
        if (workerId == null && teamId == null && area == null) {
            return Map.of();
        }
        String sql = SELECT + "WHERE c.allocated_worker_id = ? OR c.team_id = ? OR c.team_id IN (SELECT id FROM team WHERE area = ?)";
        return jdbc.prepareStatement(sql, statement -> {
            statement.setString(1, workerId);
            statement.setString(2, teamId);
            statement.setString(3, area);
            return read(statement);
        });
    }

    private static Map<String, Row> read(PreparedStatement statement) throws SQLException {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                ChildState state = new ChildState(rs.getString("team_id"), rs.getString("allocated_worker_id"),
                        rs.getString("closed_on") != null, rs.getInt("has_missing") == 1);
                rows.put(rs.getString("id"), new Row(rs.getString("id"), state, rs.getString("area")));
            }
        }
        return rows;
    }
}
