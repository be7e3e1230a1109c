package org.doorstep.server.children;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.protocol.child.CareLeaverEpisode;
import org.doorstep.protocol.child.CaseloadChild;
import org.doorstep.protocol.child.ChildEpisodes;
import org.doorstep.protocol.child.PlacementEpisode;
import org.doorstep.protocol.child.PlanEpisode;
import org.doorstep.protocol.child.PrivateFosteringEpisode;

/**
 * Children as a device's caseload holds them: the child's row with its team and every episode (plans,
 * placements, private fostering, care leaver accommodation), read with plain JDBC in the caller's transaction,
 * a few queries for any number of children (ids in chunks, so no statement outgrows a database's limit).
 */
@Singleton
public class CaseloadChildren {
    private static final int CHUNK = 500;

    private final JdbcOperations jdbc;

    CaseloadChildren(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The given children with their team and episodes, by id, in the order given. */
    public Map<String, CaseloadChild> of(Collection<ChildEntity> children) {
        List<String> ids = children.stream().map(ChildEntity::id).distinct().toList();
        Map<String, String> teams = new HashMap<>();
        Map<String, Episodes> episodes = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(from + CHUNK, ids.size()));
            readChunk(chunk, teams, episodes);
        }
        Map<String, CaseloadChild> result = new LinkedHashMap<>();
        for (ChildEntity child : children) {
            Episodes found = episodes.getOrDefault(child.id(), new Episodes());
            result.put(child.id(), new CaseloadChild(child.id(), child.displayName(), LocalDate.parse(child.dateOfBirth()),
                    teams.get(child.id()), new ChildEpisodes(found.plans, found.placements, found.fostering, found.careLeaver)));
        }
        return result;
    }

    /** Episodes of one child as they are read, each list in start order. */
    private static final class Episodes {
        final List<PlanEpisode> plans = new ArrayList<>();
        final List<PlacementEpisode> placements = new ArrayList<>();
        final List<PrivateFosteringEpisode> fostering = new ArrayList<>();
        final List<CareLeaverEpisode> careLeaver = new ArrayList<>();
    }

    private void readChunk(List<String> ids, Map<String, String> teams, Map<String, Episodes> episodes) {
        String in = "(" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        query("SELECT id, team_id FROM child WHERE id IN " + in, ids, rs -> teams.put(rs.getString("id"), rs.getString("team_id")));
        query("SELECT id, child_id, kind, start_date, end_date FROM plan WHERE child_id IN " + in
                + " ORDER BY start_date, id", ids, rs -> of(episodes, rs).plans.add(new PlanEpisode(rs.getString("id"),
                rs.getString("kind"), date(rs, "start_date"), date(rs, "end_date"))));
        query("SELECT id, child_id, start_date, end_date, placement_type, intended_until_18_from, long_term_foster_from, "
                + "child_agreed_from, first_review_date FROM placement WHERE child_id IN " + in + " ORDER BY start_date, id",
                ids, rs -> of(episodes, rs).placements.add(new PlacementEpisode(rs.getString("id"), date(rs, "start_date"),
                        date(rs, "end_date"), rs.getString("placement_type"), date(rs, "intended_until_18_from"),
                        date(rs, "long_term_foster_from"), date(rs, "child_agreed_from"), date(rs, "first_review_date"))));
        query("SELECT id, child_id, notification_received_date, la_aware_date, end_date FROM private_fostering WHERE child_id IN "
                + in + " ORDER BY COALESCE(notification_received_date, la_aware_date), id", ids,
                rs -> of(episodes, rs).fostering.add(new PrivateFosteringEpisode(rs.getString("id"),
                        date(rs, "notification_received_date"), date(rs, "la_aware_date"), date(rs, "end_date"))));
        query("SELECT id, child_id, first_provided_date, basis, end_date FROM care_leaver_accommodation WHERE child_id IN "
                + in + " ORDER BY first_provided_date, id", ids,
                rs -> of(episodes, rs).careLeaver.add(new CareLeaverEpisode(rs.getString("id"),
                        date(rs, "first_provided_date"), rs.getString("basis"), date(rs, "end_date"))));
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String sql, List<String> ids, RowReader reader) {
        jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < ids.size(); i++) {
                statement.setString(i + 1, ids.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
            return null;
        });
    }

    private static Episodes of(Map<String, Episodes> episodes, ResultSet row) throws SQLException {
        return episodes.computeIfAbsent(row.getString("child_id"), id -> new Episodes());
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : LocalDate.parse(value);
    }
}
