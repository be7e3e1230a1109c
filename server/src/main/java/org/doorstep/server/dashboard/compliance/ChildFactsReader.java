package org.doorstep.server.dashboard.compliance;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.server.db.TimeText;

/**
 * Reads {@link ChildFacts} for a batch of children: one query per table, whatever the batch's size (the
 * callers keep batches to a few hundred children).
 */
@Singleton
public class ChildFactsReader {
    private final JdbcOperations jdbc;

    ChildFactsReader(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The facts of each known child among {@code childIds}, in the order given. */
    @Connectable
    public Map<String, ChildFacts> read(Collection<String> childIds) {
        Map<String, ChildFacts> facts = new LinkedHashMap<>();
        if (childIds.isEmpty()) {
            return facts;
        }
        List<String> ids = new ArrayList<>(childIds);
        String in = " IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        query("SELECT id, team_id, allocated_worker_id, closed_on FROM child WHERE id" + in, ids, rs -> {
            String id = rs.getString(1);
            facts.put(id, new ChildFacts(id, rs.getString(2), rs.getString(3), rs.getString(4) != null));
        });
        query("SELECT child_id, id, kind, start_date, end_date FROM plan WHERE child_id" + in, ids, rs ->
                with(facts, rs).plans.add(new ChildFacts.PlanRow(rs.getString(2), rs.getString(3), date(rs, 4), date(rs, 5))));
        query("SELECT child_id, id, start_date, end_date, placement_type, intended_until_18_from, long_term_foster_from,"
                + " child_agreed_from, first_review_date FROM placement WHERE child_id" + in, ids, rs ->
                with(facts, rs).placements.add(new ChildFacts.PlacementRow(rs.getString(2), date(rs, 3), date(rs, 4),
                        rs.getString(5), date(rs, 6), date(rs, 7), date(rs, 8), date(rs, 9))));
        query("SELECT child_id, id, notification_received_date, la_aware_date, end_date FROM private_fostering WHERE child_id"
                + in, ids, rs -> with(facts, rs).fostering.add(new ChildFacts.FosteringRow(rs.getString(2), date(rs, 3),
                date(rs, 4), date(rs, 5))));
        query("SELECT child_id, id, first_provided_date, basis, end_date FROM care_leaver_accommodation WHERE child_id" + in,
                ids, rs -> with(facts, rs).careLeaver.add(new ChildFacts.CareLeaverRow(rs.getString(2), date(rs, 3),
                        rs.getString(4), date(rs, 5))));
        query("SELECT v.child_id, v.id, v.version, v.occurred_at, v.recorded_at, v.received_at, v.seen, v.seen_alone,"
                + " v.not_alone_reason, v.visit_type, v.not_alone_code FROM visit v WHERE v.latest = TRUE AND v.child_id" + in,
                ids, rs -> {
                    String reasonCode = rs.getString(11);
                    with(facts, rs).visits.add(new ChildFacts.VisitRow(rs.getString(2), rs.getInt(3), instant(rs, 4),
                            instant(rs, 5), instant(rs, 6), rs.getBoolean(7), rs.getBoolean(8),
                            reasonCode != null ? reasonCode : rs.getString(9), rs.getString(10)));
                });
        query("SELECT child_id, id, went_missing_at, returned_at FROM missing_episode WHERE latest = TRUE AND child_id" + in,
                ids, rs -> with(facts, rs).missing.add(new ChildFacts.MissingRow(rs.getString(2), instant(rs, 3), instant(rs, 4))));
        query("SELECT child_id, id, episode_id, offered_at, completed_at, declined_at, outcome FROM return_interview"
                + " WHERE latest = TRUE AND child_id" + in, ids, rs -> with(facts, rs).interviews.add(
                new ChildFacts.InterviewRow(rs.getString(2), rs.getString(3), instant(rs, 4), instant(rs, 5), instant(rs, 6),
                        rs.getString(7))));
        return facts;
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<String> ids, RowReader reader) {
        jdbc.prepareStatement(sql, statement -> {
            bind(statement, ids);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
            return null;
        });
    }

    private static void bind(PreparedStatement statement, List<String> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            statement.setString(i + 1, ids.get(i));
        }
    }

    private static ChildFacts with(Map<String, ChildFacts> facts, ResultSet rs) throws SQLException {
        ChildFacts child = facts.get(rs.getString(1));
        if (child == null) {
            throw new IllegalStateException("A record names child " + rs.getString(1) + ", which was not read");
        }
        return child;
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : LocalDate.parse(text);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        return StoredTimes.instant(text);
    }
}
