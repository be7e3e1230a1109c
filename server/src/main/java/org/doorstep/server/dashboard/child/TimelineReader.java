package org.doorstep.server.dashboard.child;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads one child and every version of its visits and missing episodes for the timeline. */
@Singleton
class TimelineReader {
    private final JdbcOperations jdbc;

    TimelineReader(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    record ChildRow(String id, String name, String dateOfBirth, String teamName, String workerId, String workerName,
                    String closedOn) {
    }

    @Connectable
    Optional<ChildRow> child(String childId) {
        return jdbc.prepareStatement("SELECT c.id, c.display_name, c.date_of_birth, t.name, c.allocated_worker_id, u.display_name,"
                + " c.closed_on FROM child c LEFT JOIN team t ON t.id = c.team_id LEFT JOIN app_user u ON u.id = c.allocated_worker_id"
                + " WHERE c.id = ?", s -> {
            s.setString(1, childId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new ChildRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7))) : Optional.empty();
            }
        });
    }

    /** Every version of every visit of the child, each as column name to text (the later form columns when present). */
    @Connectable
    List<Map<String, String>> visitVersions(String childId) {
        return rows("SELECT * FROM visit WHERE child_id = ? ORDER BY occurred_at DESC, id, version DESC", childId);
    }

    @Connectable
    List<Map<String, String>> missingEpisodes(String childId) {
        return rows("SELECT id, version, went_missing_at, returned_at, latest, body FROM missing_episode WHERE child_id = ?"
                + " ORDER BY went_missing_at DESC, id, version DESC", childId);
    }

    @Connectable
    List<Map<String, String>> interviews(String childId) {
        return rows("SELECT id, episode_id, offered_at, completed_at, declined_at, outcome FROM return_interview"
                + " WHERE child_id = ? AND latest = TRUE", childId);
    }

    private List<Map<String, String>> rows(String sql, String childId) {
        return jdbc.prepareStatement(sql, s -> {
            s.setString(1, childId);
            List<Map<String, String>> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, String> row = new HashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), rs.getString(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        });
    }

}
