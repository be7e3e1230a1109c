package org.doorstep.server.exports;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doorstep.protocol.visit.Visit;
import org.doorstep.server.db.TimeText;

/**
 * Reads a team's children with their episodes, visits and missing episodes for the Annex A lists, in one
 * read-only transaction (one consistent snapshot). Records dated after the "as at" day are not read; the
 * latest version of each visit, episode and interview is the one that counts.
 */
@Singleton
class TeamCases {
    private static final String CHILDREN = """
            SELECT c.id, c.date_of_birth, c.closed_on, t.name AS team_name, u.display_name AS worker_name
            FROM child c JOIN team t ON t.id = c.team_id LEFT JOIN app_user u ON u.id = c.allocated_worker_id
            WHERE c.team_id = ?
            ORDER BY c.id""";
    private static final String PLANS = """
            SELECT p.child_id, p.kind, p.start_date, p.end_date FROM plan p JOIN child c ON c.id = p.child_id
            WHERE c.team_id = ? AND p.start_date <= ? ORDER BY p.child_id, p.start_date, p.id""";
    private static final String PLACEMENTS = """
            SELECT p.child_id, p.start_date, p.end_date FROM placement p JOIN child c ON c.id = p.child_id
            WHERE c.team_id = ? AND p.start_date <= ? ORDER BY p.child_id, p.start_date, p.id""";
    private static final String VISITS = """
            SELECT v.child_id, v.occurred_at, v.seen_alone, v.visit_type FROM visit v JOIN child c ON c.id = v.child_id
            WHERE c.team_id = ? AND v.latest = TRUE AND v.seen = TRUE AND v.occurred_at < ?
            ORDER BY v.child_id, v.occurred_at""";
    private static final String MISSING = """
            SELECT m.id, m.child_id, m.went_missing_at, m.returned_at FROM missing_episode m JOIN child c ON c.id = m.child_id
            WHERE c.team_id = ? AND m.latest = TRUE AND m.went_missing_at < ?
            ORDER BY m.child_id, m.went_missing_at""";
    private static final String INTERVIEWS = """
            SELECT r.episode_id, r.offered_at, r.completed_at, r.declined_at, r.outcome
            FROM return_interview r JOIN child c ON c.id = r.child_id
            WHERE c.team_id = ? AND r.latest = TRUE""";

    private final JdbcOperations jdbc;

    TeamCases(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The team's children among {@code childIds}, by id, with their records up to the end of {@code asAt}. */
    @Transactional(readOnly = true)
    public List<ChildCase> of(String teamId, Collection<String> childIds, AsAt asAt) {
        Set<String> wanted = Set.copyOf(childIds);
        String lastDay = asAt.date().toString();
        String before = TimeText.of(asAt.endInstant());
        Map<String, List<Span>> cin = new HashMap<>();
        Map<String, List<Span>> cp = new HashMap<>();
        Map<String, List<Span>> placements = new HashMap<>();
        query(PLANS, teamId, lastDay, rs -> ("cp".equals(rs.getString("kind")) ? cp : cin)
                .computeIfAbsent(rs.getString("child_id"), k -> new ArrayList<>()).add(span(rs)));
        query(PLACEMENTS, teamId, lastDay, rs -> placements.computeIfAbsent(rs.getString("child_id"), k -> new ArrayList<>())
                .add(span(rs)));
        Map<String, List<ChildCase.SeenVisit>> visits = visits(teamId, before);
        Map<String, List<ChildCase.Missing>> missing = missing(teamId, before, asAt.endInstant());

        List<ChildCase> cases = new ArrayList<>();
        query(CHILDREN, teamId, null, rs -> {
            String id = rs.getString("id");
            if (!wanted.contains(id)) {
                return;
            }
            String closed = rs.getString("closed_on");
            LocalDate closedOn = closed == null ? null : LocalDate.parse(closed);
            cases.add(new ChildCase(id, LocalDate.parse(rs.getString("date_of_birth")), rs.getString("team_name"),
                    rs.getString("worker_name"), closedBy(cin.get(id), closedOn), closedBy(cp.get(id), closedOn),
                    closedBy(chained(placements.get(id)), closedOn), visits.getOrDefault(id, List.of()),
                    missing.getOrDefault(id, List.of())));
        });
        return cases;
    }

    private Map<String, List<ChildCase.SeenVisit>> visits(String teamId, String before) {
        Map<String, List<ChildCase.SeenVisit>> visits = new HashMap<>();
        query(VISITS, teamId, before, rs -> {
            Instant at = TimeText.instant(rs.getString("occurred_at"));
            boolean alone = rs.getBoolean("seen_alone");
            Boolean seenAlone = rs.wasNull() ? null : alone;
            boolean statutory = Visit.STATUTORY.equals(rs.getString("visit_type"));
            visits.computeIfAbsent(rs.getString("child_id"), k -> new ArrayList<>())
                    .add(new ChildCase.SeenVisit(at, AsAt.londonDate(at), statutory, seenAlone));
        });
        return visits;
    }

    private Map<String, List<ChildCase.Missing>> missing(String teamId, String before, Instant end) {
        Map<String, List<ChildCase.Interview>> interviews = new HashMap<>();
        query(INTERVIEWS, teamId, null, rs -> interviews.computeIfAbsent(rs.getString("episode_id"), k -> new ArrayList<>())
                .add(interview(rs, end)));
        Map<String, List<ChildCase.Missing>> missing = new HashMap<>();
        query(MISSING, teamId, before, rs -> {
            Instant went = TimeText.instant(rs.getString("went_missing_at"));
            Instant returned = happened(rs.getString("returned_at"), end);
            missing.computeIfAbsent(rs.getString("child_id"), k -> new ArrayList<>()).add(new ChildCase.Missing(went,
                    AsAt.londonDate(went), returned, interviews.getOrDefault(rs.getString("id"), List.of())));
        });
        return missing;
    }

    private static ChildCase.Interview interview(ResultSet rs, Instant end) throws SQLException {
        boolean completed = happened(rs.getString("completed_at"), end) != null;
        boolean declined = happened(rs.getString("declined_at"), end) != null;
        boolean offered = happened(rs.getString("offered_at"), end) != null || completed || declined;
        return new ChildCase.Interview(offered, completed, declined, "not_required".equals(rs.getString("outcome")));
    }

    /** The instant in {@code text}, or null if there is none or it is not before {@code end}. */
    private static Instant happened(String text, Instant end) {
        if (text == null) {
            return null;
        }
        Instant instant = TimeText.instant(text);
        return instant.isBefore(end) ? instant : null;
    }

    private static Span span(ResultSet rs) throws SQLException {
        String end = rs.getString("end_date");
        return new Span(LocalDate.parse(rs.getString("start_date")), end == null ? null : LocalDate.parse(end));
    }

    /** Placements in start order, each ended at the latest by the next one's start (a move ends a placement). */
    private static List<Span> chained(List<Span> placements) {
        if (placements == null) {
            return List.of();
        }
        List<Span> chained = new ArrayList<>();
        for (int i = 0; i < placements.size(); i++) {
            Span p = placements.get(i);
            LocalDate next = i + 1 < placements.size() ? placements.get(i + 1).start() : null;
            boolean endsLater = p.end() == null || (next != null && p.end().isAfter(next));
            chained.add(next != null && endsLater ? new Span(p.start(), next) : p);
        }
        return chained;
    }

    private static List<Span> closedBy(List<Span> spans, LocalDate closedOn) {
        return spans == null ? List.of() : spans.stream().map(s -> s.closedBy(closedOn)).toList();
    }

    private void query(String sql, String teamId, String bound, RowReader reader) {
        jdbc.prepareStatement(sql, statement -> {
            bind(statement, teamId, bound);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
            return null;
        });
    }

    private static void bind(PreparedStatement statement, String teamId, String bound) throws SQLException {
        statement.setString(1, teamId);
        if (bound != null) {
            statement.setString(2, bound);
        }
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }
}
