package org.doorstep.server.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class TeamOverviewTest extends DashboardTest {
    @Test
    void dump() throws Exception {
        Browser maria = signedIn("maria.manager");
        Browser.Page page = maria.get("/dashboard/team");
        Files.writeString(Path.of("/tmp/dash-overview.html"), page.body());
        assertEquals(200, page.status(), page.body());
        Browser.Page list = maria.get("/dashboard/team/children?status=overdue");
        Files.writeString(Path.of("/tmp/dash-list.html"), list.body());
        assertEquals(200, list.status(), list.body());
        assertTrue(list.body().contains("Ava Example"));
    }
}
