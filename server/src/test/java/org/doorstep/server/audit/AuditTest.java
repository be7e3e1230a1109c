package org.doorstep.server.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.doorstep.protocol.auth.Role;
import org.doorstep.server.ServerTest;
import org.doorstep.server.scope.Caller;
import org.doorstep.server.scope.Caller.Channel;
import org.doorstep.server.testing.People;
import org.junit.jupiter.api.Test;

/** The audit trail: append-only in the database, written with pushes and reads, listed and exported. */
@MicronautTest(transactional = false)
class AuditTest extends ServerTest {
    @Inject
    AuditLog audit;

    private Caller someone(String username) {
        return new People(dataSource).user(username, null, null, Channel.API, Role.TEAM_MANAGER);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() throws SQLException {
        audit.record(someone("ivy.audited"), AuditLog.READ, "C-1001", "visits", "2 visits");
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement statement = connection.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("UPDATE audit_event SET detail = 'changed'"));
            assertTrue(update.getMessage().contains("audit_event is append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM audit_event"));
            assertTrue(delete.getMessage().contains("audit_event is append-only"), delete.getMessage());
        }
    }

    @Test
    void eachAppliedMutationIsAuditedAndARefusedOneIsNot() {
        UUID stored = UUID.randomUUID();
        Reply reply = post("/api/sync/v1/push", pushBody(record(visit(stored)),
                record(new org.doorstep.protocol.visit.Visit(UUID.randomUUID(), "C-9999", visit(stored).occurredAt(),
                        visit(stored).recordedAt(), true, true, null, null))));
        assertEquals("applied", reply.text("/results/0/outcome"));
        assertEquals("rejected", reply.text("/results/1/outcome"));

        JsonNode events = adminGet("/api/admin/audit?childId=C-1001&limit=1000").body().get("events");
        JsonNode entry = null;
        for (JsonNode event : events) {
            if (event.get("subject").asText().equals("visit:" + stored + " v1")) {
                entry = event;
            }
        }
        assertNotNull(entry, events.toString());
        assertEquals("write", entry.get("action").asText());
        assertEquals("sync", entry.get("channel").asText());
        assertEquals("device-test", entry.get("deviceId").asText());
        assertEquals(0, adminGet("/api/admin/audit?childId=C-9999").body().get("events").size());
    }

    @Test
    void aReadOfAChildsVisitsIsAudited() {
        get("/api/children/C-1002/visits");

        JsonNode events = adminGet("/api/admin/audit?childId=C-1002").body().get("events");
        assertTrue(events.size() >= 1);
        assertEquals("read", events.get(0).get("action").asText());
        assertEquals("visits", events.get(0).get("subject").asText());
        assertEquals("api", events.get(0).get("channel").asText());
    }

    @Test
    void pagesRunNewestFirstWithoutGapsOrRepeats() {
        Caller pat = someone("pat.paged");
        for (int i = 0; i < 5; i++) {
            audit.record(pat, AuditLog.READ, "C-1003", "visits", "read " + i);
        }
        List<String> details = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            JsonNode page = adminGet("/api/admin/audit?userId=" + pat.userId() + "&limit=2" + (after == null ? "" : "&after=" + after)).body();
            page.get("events").forEach(event -> details.add(event.get("detail").asText()));
            after = page.hasNonNull("next") ? page.get("next").asText() : null;
            pages++;
        } while (after != null);

        assertEquals(3, pages);
        assertEquals(List.of("read 4", "read 3", "read 2", "read 1", "read 0"), details);
    }

    @Test
    void badFiltersAreRefusedByName() {
        assertEquals("from", adminGet("/api/admin/audit?from=yesterday").text("/field"));
        assertEquals("limit", adminGet("/api/admin/audit?limit=0").text("/field"));
        assertEquals("invalid_cursor", adminGet("/api/admin/audit?after=bm9wZQ").text("/code"));
    }

    @Test
    void theCsvExportKeepsCommasQuotesAndNewlines() throws Exception {
        Caller quill = someone("quill.csv");
        String awkward = "Said \"no\", twice,\nthen left; line 3\r\nend";
        audit.record(quill, AuditLog.WRITE, "C-1004", "visit:x v1", awkward);

        HttpResponse<String> response = http.toBlocking().exchange(
                HttpRequest.GET("/api/admin/audit.csv?userId=" + quill.userId()).bearerAuth(adminToken()), Argument.STRING);
        assertTrue(response.getContentType().orElseThrow().toString().startsWith("text/csv"));
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(response.body()))) {
            rows = parser.getRecords();
        }
        assertEquals(1, rows.size());
        assertEquals(awkward, rows.get(0).get("detail"));
        assertEquals("quill.csv", rows.get(0).get("username"));
        assertEquals("C-1004", rows.get(0).get("childId"));
        Set<String> header = new HashSet<>(List.of(AuditController.CSV_HEADER));
        assertFalse(header.isEmpty());
    }
}
