package org.doorstep.server.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doorstep.protocol.auth.Role;
import org.junit.jupiter.api.Test;

/** The team pages as a team manager sees them, and who is refused them. */
@MicronautTest(transactional = false)
class TeamPagesTest extends DashboardTest {
    /** The number a count cell links to, by the cell's accessible name. */
    private static int count(String html, String name) {
        Matcher m = Pattern.compile("aria-label=\"(\\d+) " + Pattern.quote(name) + "\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("No count '" + name + "' in " + html);
        }
        return Integer.parseInt(m.group(1));
    }

    @Test
    void theManagerSeesTheOverdueChildCountedAndListedBehindTheNumber() {
        Browser maria = signedIn("maria.manager");
        Browser.Page overview = maria.get("/dashboard/team");
        assertEquals(200, overview.status(), overview.body());
        assertTrue(overview.body().contains("North Children&#39;s Team") || overview.body().contains("North Children's Team"));
        assertEquals(1, count(overview.body(), "overdue: Child protection plan"));
        assertEquals(1, count(overview.body(), "overdue: All visiting regimes (most urgent)"));
        assertEquals(0, count(overview.body(), "in time: Child protection plan"));
        assertEquals(5, count(overview.body(), "in total: All visiting regimes (most urgent)"));
        assertTrue(overview.body().contains("href=\"/dashboard/team/children?regime=cp&amp;status=overdue\""), overview.body());
        Browser.Page list = maria.get("/dashboard/team/children?regime=cp&status=overdue");
        assertEquals(200, list.status());
        assertTrue(list.body().contains("Ava Example"));
        assertFalse(list.body().contains("Ben Sample"));
        assertTrue(list.body().contains("1 child: overdue, on child protection plan"), list.body());
    }

    @Test
    void theOverviewShowsSeenAloneReviewsAndTheReturnInterviewDueWithinADay() {
        Browser maria = signedIn("maria.manager");
        String html = maria.get("/dashboard/team").body();
        assertTrue(html.contains("Not seen alone: awaiting your review"));
        assertTrue(html.contains(">3</a>"), "three not-seen-alone reasons wait: Ava's amended visit, Cara's, Eli's");
        assertTrue(html.contains("Due within 24 hours"));
        assertTrue(html.contains("class=\"countdown\" data-deadline="), html);
        assertTrue(html.contains("Dev Fictional"));
        assertTrue(html.contains("<svg role=\"img\"") && html.contains("viewBox=\"0 0 720 250\""), "the 12-month trend is an inline SVG");
    }

    @Test
    void filtersNarrowEveryNumberAndAnUnknownValueIsExplained() {
        Browser maria = signedIn("maria.manager");
        String cp = maria.get("/dashboard/team/children?regime=cp").body();
        assertTrue(cp.contains("Ava Example"));
        assertFalse(cp.contains("Ben Sample") || cp.contains("Cara Placeholder") || cp.contains("Dev Fictional"));
        String byWorker = maria.get("/dashboard/team?worker=U-SAM").body();
        assertEquals(5, count(byWorker, "in total: All visiting regimes (most urgent)"));
        Browser.Page bad = maria.get("/dashboard/team?regime=weekly");
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("There is no visiting regime called &#39;weekly&#39;")
                || bad.body().contains("There is no visiting regime called 'weekly'"), bad.body());
        assertEquals(400, maria.get("/dashboard/team?worker=U-NOBODY").status());
    }

    @Test
    void theListDownloadsAsCsvWithQuotingAndTheSameChildren() {
        update("INSERT INTO child (id, display_name, date_of_birth, change_seq, team_id, allocated_worker_id) "
                + "VALUES ('C-COMMA', 'Smith, \"Jo\"', '2015-01-01', 999999, 'T-NORTH', 'U-SAM')");
        Browser maria = signedIn("maria.manager");
        Browser.Page csv = maria.get("/dashboard/team/children.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(csv.header("Content-Disposition").orElseThrow().contains("attachment; filename=\"children-T-NORTH.csv\""));
        List<String> lines = csv.body().lines().toList();
        assertEquals("\uFEFFChild id,Name,Worker,Regimes,Status,Next visit due,Days overdue,Last visit,Last seen alone,Record flags",
                lines.get(0));
        assertTrue(lines.get(1).startsWith("C-1001,Ava Example,Sam Worker,Child protection plan,Overdue,"), lines.get(1));
        assertTrue(csv.body().contains("C-COMMA,\"Smith, \"\"Jo\"\"\",Sam Worker,None recorded,No visiting rule"), csv.body());
        assertEquals(7, lines.size(), "header and six children");
    }

    @Test
    void aSocialWorkerIsRefusedTheTeamPagesWithAClearPage() {
        Browser sam = signedIn("sam.worker");
        for (String path : List.of("/dashboard/team", "/dashboard/team/children", "/dashboard/team/children.csv",
                "/dashboard/team/reviews", "/dashboard/team/return-interviews")) {
            Browser.Page page = sam.get(path);
            assertEquals(403, page.status(), path);
            assertTrue(page.body().contains("The team pages are for team managers"), page.body());
            assertFalse(page.body().contains("Ava Example"), "no child data in a refusal");
        }
        assertEquals("/dashboard/workers/U-SAM", sam.get("/dashboard").location());
    }

    @Test
    void anAdministratorSeesNoCaseRecords() {
        Browser ada = signedIn("ada.admin");
        assertEquals(403, ada.get("/dashboard/team").status());
        assertEquals(403, ada.get("/dashboard/children/C-1001").status());
        assertEquals(403, ada.get("/dashboard/workers/U-SAM").status());
        Browser.Page home = ada.get("/dashboard");
        assertEquals(200, home.status());
        assertTrue(home.body().contains("Administrators see no case records"));
    }

    @Test
    void aManagerOfAnotherTeamSeesNeitherTheChildNorTheWorker() {
        person("south.manager", "T-SOUTH", Role.TEAM_MANAGER);
        Browser south = signedIn("south.manager");
        String overview = south.get("/dashboard/team").body();
        assertFalse(overview.contains("Ava Example"));
        assertEquals(0, count(overview, "in total: All visiting regimes (most urgent)"));
        Browser.Page child = south.get("/dashboard/children/C-1001");
        assertEquals(403, child.status());
        assertFalse(child.body().contains("Ava Example"));
        assertEquals(child.body().replace("C-1001", "X"), south.get("/dashboard/children/C-NOT-THERE").body().replace("C-NOT-THERE", "X"),
                "an unknown child gets the same answer as a child out of scope");
        assertEquals(403, south.get("/dashboard/workers/U-SAM").status());
        assertEquals(403, south.get("/dashboard/workers/U-SAM/caseload.csv").status());
    }

    @Test
    void aWorkerSeesTheirOwnCaseloadWithTheirDevicesLastSync() {
        Browser sam = signedIn("sam.worker");
        Browser.Page page = sam.get("/dashboard/workers/U-SAM");
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("Sam&#39;s phone") || page.body().contains("Sam's phone"));
        assertTrue(page.body().contains("Not synced for 4 days"), () -> page.body().substring(page.body().indexOf("<h2>Devices")));
        assertTrue(page.body().contains("Ava Example"));
        assertEquals(403, sam.get("/dashboard/workers/U-MARIA").status());
        Browser maria = signedIn("maria.manager");
        Browser.Page csv = maria.get("/dashboard/workers/U-SAM/caseload.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.body().contains("C-1001,Ava Example,Child protection plan,Overdue"), csv.body());
    }

    @Test
    void aChildPageShowsEveryVersionAndBreachAndIsAudited() {
        Browser maria = signedIn("maria.manager");
        Browser.Page page = maria.get("/dashboard/children/C-1001");
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("amended: 2 versions"), page.body());
        assertTrue(page.body().contains("(superseded)"));
        assertTrue(page.body().contains("<span>Child protection plan</span> <span class=\"status status-overdue\">Overdue</span>"),
                page.body());
        assertEquals("1", query("SELECT COUNT(*) FROM audit_event WHERE child_id = 'C-1001' AND channel = 'web' AND action = 'read'"
                + " AND subject = 'page /dashboard/children/C-1001' AND username = 'maria.manager'"));
        assertTrue(query("SELECT device_id FROM audit_event WHERE child_id = 'C-1001' AND channel = 'web'").startsWith("web:"));
        String dev = maria.get("/dashboard/children/C-1004").body();
        assertTrue(dev.contains("Waiting: deadline"), dev);
        assertTrue(dev.contains("completed"), "the earlier episode's interview");
    }

    @Test
    void aWorkerOpensTheirOwnChildsTimelineButNotAnotherTeamsChild() {
        update("INSERT INTO team (id, name, area) VALUES ('T-EAST', 'East', 'East') ON CONFLICT DO NOTHING");
        update("INSERT INTO child (id, display_name, date_of_birth, change_seq, team_id) VALUES ('C-EAST', 'East Child', "
                + "'2015-01-01', 999998, 'T-EAST') ON CONFLICT DO NOTHING");
        Browser sam = signedIn("sam.worker");
        assertEquals(200, sam.get("/dashboard/children/C-1003").status());
        assertEquals(403, sam.get("/dashboard/children/C-EAST").status());
        assertEquals(400, sam.get("/dashboard/children/bad%20id").status());
    }
}
