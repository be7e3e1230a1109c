package org.doorstep.server.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The compliance snapshot follows the records from their change numbers, with no work in the push itself. */
@MicronautTest(transactional = false)
class SnapshotFreshnessTest extends DashboardTest {
    private static int count(String html, String name) {
        Matcher m = Pattern.compile("aria-label=\"(\\d+) " + Pattern.quote(name) + "\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("No count '" + name + "' in " + html);
        }
        return Integer.parseInt(m.group(1));
    }

    @Test
    void aVisitPushedFromThePhoneShowsOnTheNextPageWithoutWaitingForTheBackground() throws Exception {
        Browser maria = signedIn("maria.manager");
        assertEquals(1, count(maria.get("/dashboard/team").body(), "overdue: Child protection plan"));
        java.time.OffsetDateTime at = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusHours(2);
        org.doorstep.protocol.visit.Visit visit = new org.doorstep.protocol.visit.Visit(java.util.UUID.randomUUID(), "C-1001", at,
                at.plusMinutes(30), true, true, null, "Seen at home.");
        Reply reply = post("/api/sync/v1/push", pushBody(record(visit)));
        assertEquals(200, reply.status(), reply.body().toString());
        assertEquals("applied", reply.text("/results/0/outcome"));
        assertEquals(0, count(maria.get("/dashboard/team").body(), "overdue: Child protection plan"));
    }

    @jakarta.inject.Inject
    org.doorstep.server.importing.CsvImport importer;

    @Test
    void aPlanImportedForAChildCountsOnTheNextPage() throws Exception {
        Browser maria = signedIn("maria.manager");
        assertEquals(1, count(maria.get("/dashboard/team").body(), "in total: Child protection plan"));
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("doorstep-import");
        java.nio.file.Files.writeString(dir.resolve("plans.csv"), "id,child_id,kind,start_date,end_date\n"
                + "P-NEW,C-1005,cp," + java.time.LocalDate.now().minusDays(3) + ",\n");
        assertEquals(true, importer.run(dir).errors().isEmpty());
        String after = maria.get("/dashboard/team").body();
        assertEquals(2, count(after, "in total: Child protection plan"), "Eli's new plan is counted at once");
    }
}
