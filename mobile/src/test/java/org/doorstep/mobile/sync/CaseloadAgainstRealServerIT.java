package org.doorstep.mobile.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.doorstep.compliance.calendar.WorkingDayCalendar;
import org.doorstep.compliance.time.LondonTime;
import org.doorstep.mobile.caseload.Badge;
import org.doorstep.mobile.caseload.Caseload;
import org.doorstep.mobile.caseload.CaseloadEntry;
import org.doorstep.mobile.caseload.CaseloadList;
import org.doorstep.mobile.store.SyncState;
import org.doorstep.protocol.visit.ChildSummary;
import org.doorstep.protocol.visit.Visit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The caseload against the real server jar (demo mode) over HTTP: Sam's five demo children arrive by pull with
 * the episodes the server seeded (dated from the day it started) and get the badges those imply; a visit recorded
 * offline turns an overdue child to OK at once; a child re-allocated on the server (by its CSV import, while it
 * runs) leaves the device at the next sync.
 */
class CaseloadAgainstRealServerIT {
    @TempDir
    static Path serverDir;
    static RealServer server;

    @TempDir
    Path deviceDir;
    TestDevice device;
    Caseload caseload;

    @BeforeAll
    static void startServer() throws Exception {
        server = RealServer.start(serverDir);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void signInAsSam() {
        device = new TestDevice(deviceDir, server.uri(), Clock.systemUTC());
        assertTrue(device.auth.signIn("sam.worker", "doorstep-demo") instanceof SignInResult.SignedIn);
        caseload = new Caseload(device.pulled, device.visits::list, Clock.systemUTC());
    }

    @AfterEach
    void closeDevice() {
        device.close();
    }

    private Map<String, CaseloadEntry> entries() {
        CaseloadList list = caseload.load();
        return list.entries().stream().collect(Collectors.toMap(CaseloadEntry::childId, e -> e));
    }

    @Test
    void samsDemoChildrenArriveWithTheirBadgesAndAChildReallocatedOnTheServerLeaves() throws Exception {
        assertEquals(new SyncSummary(0, 0, 0, null), device.sync().syncNow());

        LocalDate today = LondonTime.dateOf(Clock.systemUTC().instant());
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
        Map<String, CaseloadEntry> entries = entries();
        assertEquals(Map.of("C-1001", Badge.OVERDUE, "C-1002", Badge.DUE_SOON, "C-1003", Badge.OK, "C-1004", Badge.DUE_SOON,
                "C-1005", Badge.NOT_YET_DUE), entries.values().stream().collect(Collectors.toMap(CaseloadEntry::childId,
                CaseloadEntry::badge)));
        assertEquals(calendar.nthWorkingDayAfter(today.minusDays(30), 10), entries.get("C-1001").nextDueDate(),
                "10 working days after the plan began, no visit since");
        assertEquals(today.plusDays(4), entries.get("C-1002").nextDueDate(), "a week after the placement began");
        assertEquals(calendar.nthWorkingDayAfter(today.minusDays(2), 20), entries.get("C-1003").nextDueDate());
        assertEquals(today.plusDays(5), entries.get("C-1004").nextDueDate());
        assertEquals(calendar.nthWorkingDayAfter(today.minusDays(1), 7), entries.get("C-1005").nextDueDate());
        assertEquals("Ava Example", entries.get("C-1001").displayName());
        assertEquals(0, caseload.load().policyVersion(), "the server's standard policy came with the first pull");

        // A visit to Ava, recorded with no signal: she is in time at once, and stays so once it is sent and pulled back.
        OffsetDateTime anHourAgo = OffsetDateTime.now(ZoneOffset.ofHours(9)).minusHours(1).withNano(0);
        Visit visit = device.visits.save(new Visit(UUID.randomUUID(), "C-1001", anHourAgo, anHourAgo.plusMinutes(20),
                true, true, null, "Seen at home")).visit();
        assertEquals(Badge.OK, entries().get("C-1001").badge());
        assertEquals(new SyncSummary(1, 0, 0, null), device.sync().syncNow());
        assertEquals(SyncState.SENT, device.visits.find(visit.id()).orElseThrow().state());
        assertEquals(List.of(visit.id()), device.pulled.snapshot().children().stream()
                .filter(f -> f.child().id().equals("C-1001")).findFirst().orElseThrow().visits().stream()
                .map(v -> v.id()).toList(), "the server's copy came back by pull");
        assertEquals(Badge.OK, entries().get("C-1001").badge());

        // Ben is re-allocated to the team manager by the council's import while the server runs.
        Path csv = Files.createDirectories(deviceDir.resolve("import"));
        Files.writeString(csv.resolve("children.csv"), "id,display_name,date_of_birth,team_id,allocated_worker_id,closed_on\n"
                + "C-1002,Ben Sample,2011-09-02,T-NORTH,U-MARIA,\n");
        server.importCsv(csv);

        assertEquals(new SyncSummary(0, 0, 0, null), device.sync().syncNow());

        assertEquals(List.of("C-1001", "C-1003", "C-1004", "C-1005"), entries().keySet().stream().sorted().toList());
        assertEquals(List.of("C-1001", "C-1003", "C-1004", "C-1005"),
                device.children.list().stream().map(ChildSummary::id).sorted().toList(), "gone from the visit form too");
    }
}
