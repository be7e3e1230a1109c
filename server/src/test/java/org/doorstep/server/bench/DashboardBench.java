package org.doorstep.server.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.doorstep.server.dashboard.Browser;
import org.doorstep.server.dashboard.compliance.AuthoritySummary;
import org.doorstep.server.dashboard.compliance.ComplianceSnapshots;
import org.doorstep.server.dashboard.compliance.Scope;
import org.doorstep.server.dashboard.compliance.SnapshotReader;
import org.doorstep.server.demo.DemoData;

/**
 * {@code ./doorstep bench dashboard [team|authority|all] [--children N] [--density D] [--db FILE]}: the dashboard's
 * targets on the real server over a SQLite file, with the demo authority generator scaled up.
 * <ul>
 *   <li><b>team</b>: 1,800 children in six teams of about 300, about a hundred visits each (density 6); the team
 *       overview of the largest team over loopback HTTP, as signed in through the sign-in form: the first view (the
 *       team's snapshot is built on read) and 30 more; the server's own time (Server-Timing) and the round trip.</li>
 *   <li><b>authority</b>: 50,000 children, about 5 million visits: the whole snapshot built from nothing, a refresh
 *       with nothing changed, and the authority overview query (10 runs).</li>
 * </ul>
 * Prints figures; asserts nothing. {@code --db} reuses a database generated before (the generation is skipped when
 * its teams exist), which saves minutes for the authority run.
 */
public final class DashboardBench {
    private DashboardBench() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 && !args[0].startsWith("--") ? args[0] : "all";
        Map<String, String> options = options(args);
        if (mode.equals("team") || mode.equals("all")) {
            team(Integer.parseInt(options.getOrDefault("children", "1800")), Double.parseDouble(options.getOrDefault("density", "6")),
                    options.get("db"));
        }
        if (mode.equals("authority") || mode.equals("all")) {
            authority(Integer.parseInt(options.getOrDefault("children", "50000")),
                    Double.parseDouble(options.getOrDefault("density", "6")), options.get("db"));
        }
    }

    private static void team(int children, double density, String db) throws Exception {
        try (EmbeddedServer server = start(db)) {
            generate(server.getApplicationContext(), children, density);
            DataSource data = dataSource(server.getApplicationContext());
            String[] manager = single(data, "SELECT u.username, u.team_id, COUNT(c.id) AS n FROM app_user u"
                    + " JOIN user_role r ON r.user_id = u.id AND r.role = 'team_manager' JOIN child c ON c.team_id = u.team_id"
                    + " AND c.closed_on IS NULL GROUP BY u.username, u.team_id ORDER BY n DESC LIMIT 1", 3);
            long visits = Long.parseLong(single(data, "SELECT COUNT(*) FROM visit v JOIN child c ON c.id = v.child_id WHERE c.team_id = '"
                    + manager[1] + "'", 1)[0]);
            System.out.printf(Locale.ROOT, "team %s: %s open children, %,d visits; manager %s%n", manager[1], manager[2], visits,
                    manager[0]);
            Browser browser = new Browser(URI.create(server.getURL().toString()));
            browser.signIn(manager[0], "doorstep-demo");
            Timing cold = view(browser, "/dashboard/team");
            System.out.printf(Locale.ROOT, "team overview, first view (snapshot of the team built on read): server %.1f ms, round trip %.1f ms%n",
                    cold.server, cold.wall);
            for (int i = 0; i < 20; i++) {
                view(browser, "/dashboard/team"); // warm-up: the JIT compiles the page's code
            }
            List<Timing> warm = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                warm.add(view(browser, "/dashboard/team"));
            }
            report("team overview, 30 views after 20 warm-up views", warm);
            List<Timing> rebuilt = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                // As at midnight: every row of the team has gone stale by the clock and is re-evaluated on the next view.
                execute(data, "UPDATE compliance_snapshot SET stale_after = '2000-01-01T00:00:00.000000000Z' WHERE team_id = '"
                        + manager[1] + "'");
                rebuilt.add(view(browser, "/dashboard/team"));
            }
            report("team overview re-evaluating all its children (as after midnight), 5 views", rebuilt);
            ComplianceSnapshots snapshots = server.getApplicationContext().getBean(ComplianceSnapshots.class);
            List<Double> refreshes = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                execute(data, "UPDATE compliance_snapshot SET stale_after = '2000-01-01T00:00:00.000000000Z' WHERE team_id = '"
                        + manager[1] + "'");
                long t = System.nanoTime();
                snapshots.refresh(Scope.team(manager[1]));
                refreshes.add((System.nanoTime() - t) / 1e6);
            }
            Collections.sort(refreshes);
            System.out.printf(Locale.ROOT, "of which re-evaluating the team's children alone: median %.1f ms%n", refreshes.get(2));
            List<Timing> filtered = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                filtered.add(view(browser, "/dashboard/team/children?status=overdue"));
            }
            report("overdue children list, 10 views", filtered);
        }
    }

    private static void authority(int children, double density, String db) throws Exception {
        try (EmbeddedServer server = start(db)) {
            ApplicationContext context = server.getApplicationContext();
            generate(context, children, density);
            DataSource data = dataSource(context);
            System.out.printf(Locale.ROOT, "authority: %s open children, %s visits%n",
                    single(data, "SELECT COUNT(*) FROM child WHERE closed_on IS NULL", 1)[0], single(data, "SELECT COUNT(*) FROM visit", 1)[0]);
            ComplianceSnapshots snapshots = context.getBean(ComplianceSnapshots.class);
            long started = System.nanoTime();
            ComplianceSnapshots.Refreshed built = snapshots.refresh(Scope.all());
            System.out.printf(Locale.ROOT, "whole snapshot built: %,d children evaluated in %.1f s%n", built.evaluated(),
                    (System.nanoTime() - started) / 1e9);
            started = System.nanoTime();
            ComplianceSnapshots.Refreshed again = snapshots.refresh(Scope.all());
            System.out.printf(Locale.ROOT, "refresh with nothing changed: %d evaluated in %.1f ms%n", again.evaluated(),
                    (System.nanoTime() - started) / 1e6);
            SnapshotReader reader = context.getBean(SnapshotReader.class);
            Instant since = Instant.now().minus(365, ChronoUnit.DAYS);
            List<Double> runs = new ArrayList<>();
            AuthoritySummary summary = null;
            for (int i = 0; i < 10; i++) {
                long t = System.nanoTime();
                summary = reader.summary(Scope.all(), since);
                runs.add((System.nanoTime() - t) / 1e6);
            }
            Collections.sort(runs);
            System.out.printf(Locale.ROOT, "authority overview query (%,d children; worst statuses %s): median %.1f ms, min %.1f, max %.1f%n",
                    summary.children(), summary.worst(), runs.get(runs.size() / 2), runs.get(0), runs.get(runs.size() - 1));
            String[] manager = single(data, "SELECT u.username, u.team_id FROM app_user u JOIN user_role r ON r.user_id = u.id"
                    + " AND r.role = 'team_manager' WHERE u.team_id LIKE 'T-RIV%' ORDER BY u.username LIMIT 1", 2);
            Browser browser = new Browser(URI.create(server.getURL().toString()));
            browser.signIn(manager[0], "doorstep-demo");
            view(browser, "/dashboard/team");
            List<Timing> team = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                team.add(view(browser, "/dashboard/team"));
            }
            report("overview of team " + manager[1] + " (" + single(data, "SELECT COUNT(*) FROM child WHERE closed_on IS NULL AND team_id = '"
                    + manager[1] + "'", 1)[0] + " children), 10 views", team);
        }
    }

    private record Timing(double server, double wall) {
    }

    private static Timing view(Browser browser, String path) {
        long t = System.nanoTime();
        Browser.Page page = browser.get(path);
        double wall = (System.nanoTime() - t) / 1e6;
        if (page.status() != 200) {
            throw new IllegalStateException(path + " answered " + page.status());
        }
        String timing = page.header("Server-Timing").orElse("app;dur=-1");
        return new Timing(Double.parseDouble(timing.substring(timing.indexOf("dur=") + 4)), wall);
    }

    private static void report(String what, List<Timing> timings) {
        List<Double> server = new ArrayList<>(timings.stream().map(Timing::server).toList());
        List<Double> wall = new ArrayList<>(timings.stream().map(Timing::wall).toList());
        Collections.sort(server);
        Collections.sort(wall);
        int p95 = (int) Math.ceil(server.size() * 0.95) - 1;
        System.out.printf(Locale.ROOT, "%s: server median %.1f ms, p95 %.1f ms, max %.1f ms; round trip median %.1f ms%n", what,
                server.get(server.size() / 2), server.get(p95), server.get(server.size() - 1), wall.get(wall.size() / 2));
    }

    private static EmbeddedServer start(String db) throws Exception {
        Map<String, Object> properties = new HashMap<>();
        properties.put("doorstep.database.path", db != null ? db : Files.createTempDirectory("doorstep-bench").resolve("dashboard.db").toString());
        properties.put("micronaut.server.port", -1);
        properties.put("doorstep.dashboard.snapshot.background", false);
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    private static void generate(ApplicationContext context, int children, double density) {
        long started = System.nanoTime();
        int visits = DemoData.generate(context, 20260101L, children, density);
        if (visits < 0) {
            System.out.println("generated authority already in the database: generation skipped");
        } else {
            System.out.printf(Locale.ROOT, "generated %,d children with %,d visits (density %.1f) in %.1f s%n", children, visits, density,
                    (System.nanoTime() - started) / 1e9);
        }
    }

    private static DataSource dataSource(ApplicationContext context) {
        return DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
    }

    private static String[] single(DataSource data, String sql, int columns) throws Exception {
        try (Connection c = data.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            String[] values = new String[columns];
            for (int i = 0; i < columns; i++) {
                values[i] = rs.getString(i + 1);
            }
            return values;
        }
    }

    private static void execute(DataSource data, String sql) throws Exception {
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].startsWith("--")) {
                options.put(args[i].substring(2), args[i + 1]);
            }
        }
        return options;
    }
}
