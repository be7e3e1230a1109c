package org.doorstep.server.children;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.doorstep.server.auth.Passwords;
import org.doorstep.server.db.ChangeNumbers;
import org.doorstep.server.db.ChangeSequence;
import org.doorstep.server.db.TimeText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When {@code doorstep.demo.enabled} is true, seeds a small, obviously fictional team so that a newcomer's
 * first run has someone to sign in as and children to record visits for: team T-NORTH, four people (one
 * per role, password {@value #DEMO_PASSWORD}) and five children allocated to the social worker, each with
 * an episode dated from the day they are seeded, so that the app's caseload shows every kind of badge at
 * once: Ava's child protection plan is overdue (30 days old, no visit), Ben's new placement and Dev's new
 * care leaver accommodation are due soon (first visit within 7 days), Cara's child in need plan is in time
 * and Eli's private fostering notification is not yet due (first visit within 7 working days). Existing
 * rows are left alone. The larger generated authority is {@code org.doorstep.server.demo}.
 */
@Singleton
@Requires(property = "doorstep.demo.enabled", value = "true")
class DemoChildren {
    static final String DEMO_PASSWORD = "doorstep-demo";
    static final String TEAM = "T-NORTH";
    static final String WORKER = "U-SAM";

    /** Id, name, date of birth. */
    static final List<String[]> CHILDREN = List.of(
            new String[] {"C-1001", "Ava Example", "2014-05-17"},
            new String[] {"C-1002", "Ben Sample", "2011-09-02"},
            new String[] {"C-1003", "Cara Placeholder", "2017-01-23"},
            new String[] {"C-1004", "Dev Fictional", "2009-11-30"},
            new String[] {"C-1005", "Eli Madeup", "2019-07-08"});

    /** Each demo child's episode: table, id, child, then column and value pairs; {@code T-n} is n days before today. */
    static final List<String[]> EPISODES = List.of(
            new String[] {"plan", "DEMO-CP-1001", "C-1001", "kind", "cp", "start_date", "T-30"},
            new String[] {"placement", "DEMO-PL-1002", "C-1002", "placement_type", "general", "start_date", "T-3"},
            new String[] {"plan", "DEMO-CIN-1003", "C-1003", "kind", "cin", "start_date", "T-2"},
            new String[] {"care_leaver_accommodation", "DEMO-CL-1004", "C-1004", "basis", "s23b", "first_provided_date", "T-2"},
            new String[] {"private_fostering", "DEMO-PF-1005", "C-1005", "notification_received_date", "T-1"});

    /** Id, username, display name, team, area, role. */
    static final List<String[]> PEOPLE = List.of(
            new String[] {WORKER, "sam.worker", "Sam Worker", TEAM, null, "social_worker"},
            new String[] {"U-MARIA", "maria.manager", "Maria Manager", TEAM, null, "team_manager"},
            new String[] {"U-OMAR", "omar.officer", "Omar Officer", null, "North", "rhi_officer"},
            new String[] {"U-ADA", "ada.admin", "Ada Admin", null, null, "administrator"});

    private static final Logger LOG = LoggerFactory.getLogger(DemoChildren.class);
    /** The rules' dates are London dates (RULES.md C1). */
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final ChildRepository children;
    private final ChangeSequence changes;
    private final JdbcOperations jdbc;
    private final Clock clock;

    DemoChildren(ChildRepository children, ChangeSequence changes, JdbcOperations jdbc, Clock clock) {
        this.children = children;
        this.changes = changes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onStartup(StartupEvent event) {
        String now = TimeText.of(clock.instant());
        update("INSERT INTO team (id, name, area) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", TEAM, "North Children's Team", "North");
        String hash = Passwords.hash(DEMO_PASSWORD);
        for (String[] p : PEOPLE) {
            jdbc.prepareStatement("INSERT INTO app_user (id, username, display_name, team_id, area, password_hash, active, "
                    + "failed_logins, created_at) VALUES (?, ?, ?, ?, ?, ?, TRUE, 0, ?) ON CONFLICT DO NOTHING", s -> {
                for (int i = 0; i < 5; i++) {
                    s.setString(i + 1, p[i]);
                }
                s.setString(6, hash);
                s.setString(7, now);
                return s.executeUpdate();
            });
            update("INSERT INTO user_role (user_id, role) VALUES (?, ?) ON CONFLICT DO NOTHING", p[0], p[5]);
        }
        int added = 0;
        ChangeNumbers numbers = changes.reserve(CHILDREN.size());
        LocalDate today = LocalDate.ofInstant(clock.instant(), LONDON);
        for (String[] child : CHILDREN) {
            if (!children.existsById(child[0])) {
                children.save(new ChildEntity(child[0], child[1], child[2], numbers.next()));
                update("UPDATE child SET team_id = ?, allocated_worker_id = ? WHERE id = ?", TEAM, WORKER, child[0]);
                update("INSERT INTO allocation (child_id, allocated_from, worker_id, team_id) VALUES (?, ?, ?, ?)",
                        child[0], now, WORKER, TEAM);
                // In the child's own transaction, so its change (read after commit) carries the episode.
                EPISODES.stream().filter(e -> e[2].equals(child[0])).forEach(e -> insertEpisode(e, today));
                added++;
            }
        }
        // Fictional demo accounts only; never a password in the log (server/README.md gives the demo one).
        LOG.info("Demo data: team {}, sign in as sam.worker, maria.manager, omar.officer or ada.admin (demo password:"
                + " see server/README.md); {} fictional children added, {} already present", TEAM, added, CHILDREN.size() - added);
    }

    private void insertEpisode(String[] episode, LocalDate today) {
        List<String> columns = new ArrayList<>(List.of("id", "child_id"));
        List<String> values = new ArrayList<>(List.of(episode[1], episode[2]));
        for (int i = 3; i < episode.length; i += 2) {
            columns.add(episode[i]);
            String value = episode[i + 1];
            values.add(value.startsWith("T-") ? today.minusDays(Integer.parseInt(value.substring(2))).toString() : value);
        }
        update("INSERT INTO " + episode[0] + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")", values.toArray(String[]::new));
    }

    private void update(String sql, String... values) {
        jdbc.prepareStatement(sql, s -> {
            for (int i = 0; i < values.length; i++) {
                s.setString(i + 1, values[i]);
            }
            return s.executeUpdate();
        });
    }
}
