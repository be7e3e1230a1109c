package org.doorstep.server.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.password4j.Argon2Function;
import com.password4j.Password;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.doorstep.server.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The demo authority generated at start-up (300 children) on a real SQLite file. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoAuthorityTest {
    private static final int CHILDREN = 300;
    private ApplicationContext context;
    private DataSource dataSource;

    @BeforeAll
    void start() {
        Map<String, Object> properties = TestDatabase.SQLITE.properties();
        properties.put("doorstep.demo.enabled", true);
        properties.put("doorstep.demo.generate.children", CHILDREN);
        context = ApplicationContext.run(properties);
        dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void startUpGeneratesTheAuthorityBesideTheSmallDemo() throws SQLException {
        assertEquals(CHILDREN, count("SELECT COUNT(*) FROM child WHERE id LIKE 'DC-%'"));
        assertEquals(6, count("SELECT COUNT(*) FROM team WHERE id <> 'T-NORTH'"));
        assertEquals(3, count("SELECT COUNT(DISTINCT area) FROM team WHERE id <> 'T-NORTH'"));
        assertEquals(60, count("SELECT COUNT(*) FROM user_role WHERE role = 'social_worker' AND user_id LIKE 'DU-%'"));
        assertEquals(6, count("SELECT COUNT(*) FROM user_role WHERE role = 'team_manager' AND user_id LIKE 'DU-%'"));
        assertEquals(3, count("SELECT COUNT(*) FROM user_role WHERE role = 'rhi_officer' AND user_id LIKE 'DU-%'"));
        assertEquals(1, count("SELECT COUNT(*) FROM user_role WHERE role = 'administrator' AND user_id LIKE 'DU-%'"));
        assertEquals(0, count("SELECT COUNT(*) FROM child WHERE id LIKE 'DC-%' AND (team_id IS NULL OR allocated_worker_id IS NULL)"));
        // Every change has its own number, and the counter covers them all.
        long changes = count("SELECT COUNT(*) FROM child") + count("SELECT COUNT(*) FROM visit")
                + count("SELECT COUNT(*) FROM missing_episode") + count("SELECT COUNT(*) FROM return_interview");
        assertEquals(changes, count("SELECT value FROM sync_counter"));
        // Stored as a push stores them: consistent device times raise no flags.
        assertEquals(0, count("SELECT COUNT(*) FROM visit WHERE time_flags <> '' OR latest = FALSE OR version <> 1"));
        assertEquals(0, count("SELECT COUNT(*) FROM missing_episode WHERE time_flags <> ''"));
        assertEquals(0, count("SELECT COUNT(*) FROM return_interview WHERE time_flags <> ''"));
        assertEquals(count("SELECT COUNT(*) FROM visit"), count("SELECT COUNT(DISTINCT operation_id) FROM visit"));
    }

    @Test
    void everyRegimeIsPresent() throws SQLException {
        assertTrue(count("SELECT COUNT(*) FROM plan WHERE kind = 'cp'") > 20);
        assertTrue(count("SELECT COUNT(*) FROM plan WHERE kind = 'cin'") > 40);
        assertTrue(count("SELECT COUNT(*) FROM placement WHERE end_date IS NULL") > 40);
        assertTrue(count("SELECT COUNT(DISTINCT placement_type) FROM placement") >= 5);
        assertTrue(count("SELECT COUNT(*) FROM placement WHERE long_term_foster_from IS NOT NULL") > 0);
        assertTrue(count("SELECT COUNT(*) FROM private_fostering") > 3);
        assertTrue(count("SELECT COUNT(DISTINCT basis) FROM care_leaver_accommodation") >= 2);
        assertTrue(count("SELECT COUNT(*) FROM child WHERE closed_on IS NOT NULL") > 0);
        assertTrue(count("SELECT COUNT(*) FROM allocation WHERE allocated_until IS NOT NULL") > 30);
    }

    @Test
    void visitsHaveRealisticGaps() throws SQLException {
        assertTrue(count("SELECT COUNT(*) FROM visit") > CHILDREN * 8);
        // Eighteen months of history.
        assertTrue(text("SELECT MIN(occurred_at) FROM visit").compareTo(LocalDate.now().minusMonths(17).toString()) < 0);
        assertTrue(text("SELECT MAX(occurred_at) FROM visit").compareTo(LocalDate.now().minusDays(3).toString()) > 0);
        assertTrue(count("SELECT COUNT(*) FROM visit WHERE seen = FALSE") > 0);
        assertTrue(count("SELECT COUNT(*) FROM visit WHERE seen = TRUE AND seen_alone = FALSE AND not_alone_reason IS NOT NULL") > 0);
        assertTrue(count("SELECT COUNT(*) FROM visit WHERE seen = TRUE AND seen_alone = FALSE AND not_alone_reason IS NULL") > 0);
        // Open child protection cases not visited for over 20 days: overdue now (the default is 10 working days).
        String cutoff = LocalDate.now().minusDays(20).toString();
        long overdue = count("SELECT COUNT(*) FROM child c JOIN plan p ON p.child_id = c.id AND p.kind = 'cp' "
                + "WHERE c.closed_on IS NULL AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.child_id = c.id "
                + "AND v.occurred_at >= '" + cutoff + "')");
        long cp = count("SELECT COUNT(*) FROM plan WHERE kind = 'cp' AND end_date IS NULL");
        assertTrue(overdue > 0 && overdue < cp / 3, overdue + " of " + cp + " child protection cases overdue");
    }

    @Test
    void returnInterviewsAreMostlyOfferedInTimeSomeLateSomePending() throws SQLException {
        List<String[]> pairs = rows("SELECT e.returned_at, r.offered_at FROM return_interview r JOIN missing_episode e "
                + "ON e.id = r.episode_id WHERE r.offered_at IS NOT NULL");
        int onTime = 0;
        int late = 0;
        for (String[] pair : pairs) {
            boolean inTime = !Instant.parse(pair[1]).isAfter(Instant.parse(pair[0]).plusSeconds(72 * 3600));
            onTime += inTime ? 1 : 0;
            late += inTime ? 0 : 1;
        }
        assertTrue(late > 0, "some offered late");
        assertTrue(onTime > 3 * late, onTime + " in time, " + late + " late");
        assertTrue(count("SELECT COUNT(*) FROM missing_episode e WHERE e.returned_at IS NOT NULL AND NOT EXISTS "
                + "(SELECT 1 FROM return_interview r WHERE r.episode_id = e.id)") > 0, "some still waiting for an offer");
        assertTrue(count("SELECT COUNT(*) FROM return_interview WHERE outcome = 'completed'") > 0);
        assertTrue(count("SELECT COUNT(*) FROM return_interview WHERE outcome = 'declined'") > 0);
    }

    @Test
    void everyDemoUserSignsInWithTheDemoPasswordSharingOneHash() throws SQLException {
        assertEquals(1, count("SELECT COUNT(DISTINCT password_hash) FROM app_user WHERE id LIKE 'DU-%'"));
        String hash = text("SELECT password_hash FROM app_user WHERE id = 'DU-0001'");
        assertTrue(hash.startsWith("$argon2id$"), hash);
        assertTrue(Password.check("doorstep-demo", hash).with(Argon2Function.getInstanceFromHash(hash)));
    }

    @Test
    void aSecondRunDoesNothing() throws SQLException {
        long counter = count("SELECT value FROM sync_counter");
        long visits = count("SELECT COUNT(*) FROM visit");

        Optional<AuthorityGenerator.Summary> again = context.getBean(AuthorityGenerator.class).generate(20260101L, CHILDREN);

        assertTrue(again.isEmpty());
        assertEquals(counter, count("SELECT value FROM sync_counter"));
        assertEquals(visits, count("SELECT COUNT(*) FROM visit"));
    }

    @Test
    void theSameSeedGivesTheSameAuthority() throws SQLException {
        Instant now = Instant.parse("2026-06-15T12:00:00Z");
        List<String> first = generateAfresh(7L, now);
        List<String> second = generateAfresh(7L, now);
        List<String> otherSeed = generateAfresh(8L, now);
        assertEquals(first, second);
        assertNotEquals(first, otherSeed);
    }

    /** Counts and the first visit ids of a generation into a new database. */
    private static List<String> generateAfresh(long seed, Instant now) throws SQLException {
        try (ApplicationContext fresh = ApplicationContext.run(TestDatabase.SQLITE.properties())) {
            AuthorityGenerator.Summary s = fresh.getBean(AuthorityGenerator.class).generate(seed, 120, now).orElseThrow();
            List<String> fingerprint = new ArrayList<>(List.of(s.users() + " users", s.visits() + " visits",
                    s.missingEpisodes() + " episodes", s.returnInterviews() + " interviews"));
            DataSource data = DelegatingDataSource.unwrapDataSource(fresh.getBean(DataSource.class));
            try (Connection c = data.getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, child_id, occurred_at FROM visit ORDER BY change_seq LIMIT 5")) {
                while (rs.next()) {
                    fingerprint.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
            return fingerprint;
        }
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) throws SQLException {
        return rows(sql).get(0)[0];
    }

    private List<String[]> rows(String sql) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rs.getString(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
