package org.doorstep.server.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.doorstep.protocol.auth.Role;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.missing.ReturnInterview;
import org.doorstep.protocol.push.Mutation;
import org.doorstep.protocol.push.RecordMissingEpisode;
import org.doorstep.protocol.push.RecordReturnInterview;
import org.doorstep.protocol.visit.Visit;
import org.doorstep.server.ServerTest;
import org.doorstep.server.access.Allocations;
import org.doorstep.server.auth.Passwords;
import org.doorstep.server.scope.Caller;
import org.doorstep.server.testing.People;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Annex A exports over real HTTP on seeded plans and placements and synced visits, missing episodes and
 * return interviews. Team T-NORTH (maria.manager, sam.worker): C-1001 on a child protection plan (and an old
 * one), C-1002 whose plans ended long ago, C-1003 in care with missing episodes, C-1004 whose plan ended
 * three months before and whose case is closed. Team T-SOUTH (sue.south, lee.south): C-1005 on a plan.
 * Most requests are as at 31/03/2026.
 */
@MicronautTest(transactional = false)
class AnnexAExportTest extends ServerTest {
    static final String AS_AT = "2026-03-31";
    static final String TEAM = "North Children's Team";
    static final String WORKER = "Sam Worker";

    @Inject
    Allocations allocations;

    private final Map<String, String> tokens = new HashMap<>();

    @BeforeAll
    void seed() {
        People people = new People(dataSource);
        people.team("T-SOUTH", "South Children's Team", "South");
        Caller lee = people.user("lee.south", "T-SOUTH", null, Caller.Channel.SYNC, Role.SOCIAL_WORKER);
        Caller sue = people.user("sue.south", "T-SOUTH", null, Caller.Channel.WEB, Role.TEAM_MANAGER);
        for (Caller who : List.of(lee, sue)) {
            people.update("UPDATE app_user SET password_hash = ? WHERE id = ?", Passwords.hash(DEMO_PASSWORD), who.userId());
        }
        allocations.reallocate("C-1005", lee.userId(), "T-SOUTH", Instant.parse("2026-01-02T09:00:00Z"));

        plan(people, "CP-1001-OLD", "C-1001", "cp", "2024-01-10", "2024-06-01");
        plan(people, "CP-1001", "C-1001", "cp", "2026-01-05", null);
        visit("C-1001", "2026-03-02T10:00:00+00:00", true, true);
        // 00:30 BST on 30 March is still 29 March in UTC: the London date counts.
        visit("C-1001", "2026-03-30T00:30:00+01:00", true, false);
        visit("C-1001", "2026-03-31T10:00:00+01:00", false, null);
        visit("C-1001", "2026-04-02T10:00:00+01:00", true, true);
        visit("C-1001", "2026-03-31T09:00:00+01:00", true, true, Visit.CORE_GROUP);

        plan(people, "CIN-1002", "C-1002", "cin", "2025-05-01", "2025-08-31");
        plan(people, "CP-1002", "C-1002", "cp", "2025-02-01", "2025-09-15");
        visit("C-1002", "2025-08-20T10:00:00+01:00", true, true);

        placement(people, "PL-1003-A", "C-1003", "2025-06-01", "2025-11-30");
        placement(people, "PL-1003-B", "C-1003", "2025-12-01", null);
        visit("C-1003", "2025-05-20T10:00:00+01:00", true, true);
        visit("C-1003", "2026-03-10T11:00:00+00:00", true, true);
        missing("C-1003", "2025-03-10T20:00:00+00:00", "2025-03-11T08:00:00+00:00");
        UUID completed = missing("C-1003", "2025-12-20T22:00:00+00:00", "2025-12-21T10:00:00+00:00");
        interview(completed, "C-1003", "2025-12-21T15:00:00+00:00", "2025-12-22T11:00:00+00:00", null);
        UUID refused = missing("C-1003", "2026-02-14T21:00:00+00:00", "2026-02-15T09:00:00+00:00");
        interview(refused, "C-1003", "2026-02-15T14:00:00+00:00", null, "2026-02-16T10:00:00+00:00");
        missing("C-1003", "2026-04-05T20:00:00+01:00", "2026-04-06T08:00:00+01:00");

        plan(people, "CP-1004", "C-1004", "cp", "2025-06-01", "2025-12-15");
        visit("C-1004", "2025-12-10T10:00:00+00:00", true, true);
        visit("C-1004", "2026-01-20T10:00:00+00:00", true, true);
        allocations.close("C-1004", LocalDate.parse("2025-12-20"), Instant.parse("2025-12-20T17:00:00Z"));

        plan(people, "CP-1005", "C-1005", "cp", "2026-02-01", null);

        for (String user : List.of("maria.manager", "sam.worker", "omar.officer", "ada.admin", "sue.south")) {
            tokens.put(user, signIn(user, "annex-" + user));
        }
    }

    @Test
    void list7GivesTheLastStatutoryVisitOnThePlanAndWhetherTheChildWasSeenAlone() {
        Map<String, List<String>> rows = rows("maria.manager", "list-7", AS_AT);

        assertEquals(Set.of("C-1001", "C-1004"), rows.keySet(), "C-1002's plan ended before the six months");
        assertEquals(List.of("C-1001", "", "", "17/05/2014", "11", "", "05/01/2026", "", "", "30/03/2026", "b) No", "",
                "", "", "1", TEAM, WORKER), rows.get("C-1001"));
        assertEquals(List.of("C-1004", "", "", "30/11/2009", "16", "", "01/06/2025", "", "", "10/12/2025", "a) Yes", "",
                "15/12/2025", "", "0", TEAM, WORKER), rows.get("C-1004"), "an ended plan: visits after its end do not count");
    }

    @Test
    void aChildWithNoVisitSinceThePlanStartedHasBlankVisitColumns() {
        Map<String, List<String>> rows = rows("maria.manager", "list-7", "2026-01-10");

        List<String> row = rows.get("C-1001");
        assertEquals("05/01/2026", row.get(6));
        assertEquals("", row.get(9), "no statutory visit since the plan started");
        assertEquals("", row.get(10));
        assertEquals("1", row.get(14));
    }

    @Test
    void list8CountsMissingEpisodesInTheYearAndAnswersForTheInterviewAfterTheLast() {
        Map<String, List<String>> rows = rows("maria.manager", "list-8", AS_AT);

        assertEquals(Set.of("C-1003"), rows.keySet());
        List<String> expected = new ArrayList<>(List.of("C-1003", "", "", "23/01/2017", "9", "", "", "01/06/2025", "",
                "b) No", "", "", "", "10/03/2026", "", "", "", "", "2", "", "", "01/12/2025", "", "", "", "", "", "",
                "2", "", "a) Yes", "b) No", TEAM, WORKER));
        assertEquals(expected, rows.get("C-1003"));
    }

    @Test
    void beforeTheRefusedInterviewTheCompletedOneIsTheAnswer() {
        List<String> row = rows("maria.manager", "list-8", "2026-02-10").get("C-1003");

        assertEquals("1", row.get(28), "one episode in the year by 10/02/2026");
        assertEquals(List.of("a) Yes", "a) Yes"), row.subList(30, 32));
    }

    @Test
    void list6ListsEveryChildWithAPlanOrPlacementCurrentOrEndedWithinSixMonths() {
        Map<String, List<String>> rows = rows("maria.manager", "list-6", AS_AT);

        assertEquals(Set.of("C-1001", "C-1003", "C-1004"), rows.keySet());
        assertEquals(List.of("C-1001", "", "", "17/05/2014", "11", "", "", "", "31/03/2026", "", "",
                "b) Child Protection plan", TEAM, WORKER), rows.get("C-1001"), "any visit in which the child was seen counts");
        assertEquals(List.of("C-1003", "", "", "23/01/2017", "9", "", "", "", "10/03/2026", "", "",
                "a) Looked after child", TEAM, WORKER), rows.get("C-1003"));
        assertEquals(List.of("C-1004", "", "", "30/11/2009", "16", "", "", "", "10/12/2025", "15/12/2025", "",
                "e) Closed episode", TEAM, WORKER), rows.get("C-1004"));
    }

    @Test
    void everyFileMatchesOfstedsSchemaColumnByColumn() {
        AnnexASchema schema = AnnexASchema.load();
        for (AnnexAList list : AnnexAList.values()) {
            for (String asAt : List.of(AS_AT, "2026-01-10", "")) {
                AnnexASchema.Table csv = null;
                for (AnnexAFormat format : AnnexAFormat.values()) {
                    Download file = download("maria.manager", list.slug() + "." + format.extension() + query(asAt));
                    assertEquals(200, file.status(), () -> list + " " + format + ": " + file.text());
                    AnnexASchema.Table table = AnnexAFiles.read(file.content(), format, list.sheetName());
                    assertFalse(table.rows().isEmpty(), list + " " + format + " as at " + asAt + " has rows to check");
                    assertEquals(List.of(), schema.problems(list.sheetName(), table, NotHeld.of(list)), list + " " + format);
                    if (csv == null) {
                        csv = table;
                    } else {
                        assertEquals(csv, table, list + ": the XLSX holds exactly what the CSV holds");
                    }
                }
            }
        }
    }

    @Test
    void theCsvIsUtf8WithAByteOrderMarkAndCrlfAndNamedForTheTeamAndDay() {
        Download file = download("maria.manager", "list-8.csv?asAt=" + AS_AT);

        assertEquals("text/csv; charset=utf-8", file.contentType());
        assertEquals("attachment; filename=\"annex-a-list-8-T-NORTH-2026-03-31.csv\"", file.disposition());
        String text = file.text();
        assertTrue(text.startsWith("\uFEFFChild Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),"
                + "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N),"), text);
        assertTrue(text.contains(",Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months,"));
        assertTrue(text.contains("\r\nC-1003,,,23/01/2017,9,"), text);
    }

    @Test
    void withoutAnAsAtDayTheListIsForTodayInLondon() {
        LocalDate before = LocalDate.now(ZoneId.of("Europe/London"));
        Download file = download("maria.manager", "list-6.xlsx");
        LocalDate after = LocalDate.now(ZoneId.of("Europe/London"));

        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.contentType());
        assertTrue(java.util.stream.Stream.of(before, after).anyMatch(today -> file.disposition()
                .equals("attachment; filename=\"annex-a-list-6-T-NORTH-" + today + ".xlsx\"")), file.disposition());
    }

    @Test
    void aManagerExportsOnlyTheirOwnTeamsChildren() {
        assertEquals(Set.of("C-1005"), rows("sue.south", "list-7", AS_AT).keySet());
        assertEquals(Set.of("C-1005"), rows("sue.south", "list-6", AS_AT).keySet());
        assertEquals(Set.of(), rows("sue.south", "list-8", AS_AT).keySet());
        assertFalse(rows("maria.manager", "list-7", AS_AT).containsKey("C-1005"));
    }

    @Test
    void socialWorkersOfficersAndAdministratorsAreRefused() {
        for (String user : List.of("sam.worker", "omar.officer", "ada.admin")) {
            for (String file : List.of("list-6.csv", "list-7.xlsx", "list-8.csv?asAt=" + AS_AT, "list-9.csv")) {
                Download refused = download(user, file);
                assertEquals(403, refused.status(), user + " " + file);
                JsonNode body = refused.json();
                assertEquals("forbidden", body.at("/code").asText());
                assertEquals("Ofsted Annex A lists are for team managers: they list every child of the manager's team",
                        body.at("/message").asText());
                assertFalse(refused.text().contains("C-100"), "no child in a refusal");
            }
        }
        assertEquals(401, download(null, "list-7.csv").status());
    }

    @Test
    void everyExportedChildIsInTheAuditTrail() throws Exception {
        rows("maria.manager", "list-7", "2026-03-30");

        List<String> entries = new ArrayList<>();
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             ResultSet rs = connection.createStatement().executeQuery("SELECT child_id, username, channel, action, subject, detail "
                     + "FROM audit_event WHERE detail LIKE '%as at 2026-03-30, csv' ORDER BY child_id")) {
            while (rs.next()) {
                entries.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4) + " "
                        + rs.getString(5) + " " + rs.getString(6));
            }
        }
        assertEquals(new TreeSet<>(List.of(
                "null maria.manager web read annex_a_list_7 2 children exported, as at 2026-03-30, csv",
                "C-1001 maria.manager web read annex_a_list_7 as at 2026-03-30, csv",
                "C-1004 maria.manager web read annex_a_list_7 as at 2026-03-30, csv")), new TreeSet<>(entries));
    }

    @Test
    void badRequestsAreRefusedNamingTheirFault() {
        assertRefused("list-7.csv?asAt=31/03/2026", 400, "invalid_format", "asAt");
        assertRefused("list-7.csv?asAt=2999-01-01", 400, "in_future", "asAt");
        assertRefused("list-7.csv?asAt=1999-12-31", 400, "too_old", "asAt");
        assertRefused("list-9.csv", 404, "not_found", null);
        assertRefused("list-7.pdf", 404, "not_found", null);
    }

    private void assertRefused(String file, int status, String code, String field) {
        Download reply = download("maria.manager", file);
        assertEquals(status, reply.status(), file + ": " + reply.text());
        assertEquals(code, reply.json().at("/code").asText(), file);
        if (field != null) {
            assertEquals(field, reply.json().at("/field").asText(), file);
        }
    }

    /** The rows of a list as CSV, by child id. */
    private Map<String, List<String>> rows(String user, String list, String asAt) {
        Download file = download(user, list + ".csv" + query(asAt));
        assertEquals(200, file.status(), file::text);
        Map<String, List<String>> rows = new HashMap<>();
        for (List<String> row : AnnexAFiles.csv(file.content()).rows()) {
            rows.put(row.get(0), row);
        }
        return rows;
    }

    private static String query(String asAt) {
        return asAt.isEmpty() ? "" : "?asAt=" + asAt;
    }

    private Download download(String user, String file) {
        HttpRequest<?> request = HttpRequest.GET("/dashboard/exports/annex-a/" + file);
        if (user != null) {
            ((io.micronaut.http.MutableHttpRequest<?>) request).bearerAuth(tokens.get(user));
        }
        try {
            HttpResponse<byte[]> response = http.toBlocking().exchange(request, byte[].class);
            return new Download(response.code(), response.getContentType().map(Object::toString).orElse(""),
                    response.header("Content-Disposition"), response.body());
        } catch (HttpClientResponseException e) {
            return new Download(e.code(), "", null, e.getResponse().getBody(byte[].class).orElse(new byte[0]));
        }
    }

    private static void plan(People people, String id, String child, String kind, String start, String end) {
        people.update("INSERT INTO plan (id, child_id, kind, start_date, end_date) VALUES (?, ?, ?, ?, ?)",
                id, child, kind, start, end);
    }

    private static void placement(People people, String id, String child, String start, String end) {
        people.update("INSERT INTO placement (id, child_id, start_date, end_date, placement_type) VALUES (?, ?, ?, ?, 'general')",
                id, child, start, end);
    }

    private UUID visit(String child, String at, boolean seen, Boolean alone) {
        return visit(child, at, seen, alone, Visit.STATUTORY);
    }

    private UUID visit(String child, String at, boolean seen, Boolean alone, String type) {
        OffsetDateTime when = OffsetDateTime.parse(at);
        boolean notAlone = Boolean.FALSE.equals(alone);
        Visit visit = new Visit(UUID.randomUUID(), child, when, when.plusMinutes(30), seen, alone,
                notAlone ? "A parent would not leave the room." : null, null, type, notAlone ? Visit.OTHER_REASON : null,
                null, null, null, null);
        pushApplied(record(visit));
        return visit.id();
    }

    private UUID missing(String child, String went, String back) {
        MissingEpisode episode = new MissingEpisode(UUID.randomUUID(), child, OffsetDateTime.parse(went),
                OffsetDateTime.parse(back), OffsetDateTime.parse(back).plusHours(1), null, null);
        pushApplied(new RecordMissingEpisode(UUID.randomUUID(), episode));
        return episode.id();
    }

    private void interview(UUID episode, String child, String offered, String completed, String declined) {
        OffsetDateTime done = OffsetDateTime.parse(completed != null ? completed : declined);
        ReturnInterview interview = new ReturnInterview(UUID.randomUUID(), episode, child, OffsetDateTime.parse(offered),
                completed == null ? null : done, declined == null ? null : done,
                completed != null ? ReturnInterview.COMPLETED : ReturnInterview.DECLINED,
                "independent return interview worker", null, null, null, null, done.plusHours(1));
        pushApplied(new RecordReturnInterview(UUID.randomUUID(), interview));
    }

    private void pushApplied(Mutation mutation) {
        Reply reply = post("/api/sync/v1/push", pushBody(mutation));
        assertEquals("applied", reply.text("/results/0/outcome"), reply.body()::toString);
    }

    /** A downloaded file, or a refusal's JSON body. */
    record Download(int status, String contentType, String disposition, byte[] content) {
        String text() {
            return new String(content, java.nio.charset.StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
