package org.doorstep.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.doorstep.protocol.push.RecordVisit;
import org.doorstep.server.ServerTest;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class PullTest extends ServerTest {
    @Inject
    EmbeddedServer server;

    private Reply pull(String after, int limit) {
        return get("/api/sync/v1/pull?protocolVersion=1&deviceId=device-test&limit=" + limit + (after == null ? "" : "&after=" + after));
    }

    /** Every change from the beginning, page by page, as "type:id:version" keys in the order received. */
    private List<String> pullEverything(int limit) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 10_000; page++) {
            Reply reply = pull(cursor, limit);
            assertEquals(200, reply.status(), reply.body().toString());
            for (JsonNode change : reply.body().get("changes")) {
                seen.add(key(change));
            }
            cursor = reply.text("/nextCursor");
            if (!reply.body().get("hasMore").asBoolean()) {
                return seen;
            }
        }
        throw new AssertionError("pull never finished");
    }

    static String key(JsonNode change) {
        String type = change.get("type").asText();
        return type.equals("child") ? "child:" + change.at("/child/id").asText()
                : "visit:" + change.at("/visit/visit/id").asText() + ":" + change.at("/visit/version").asInt();
    }

    @Test
    void aFirstPullBringsEveryChildAndVisitOnceAcrossPages() {
        List<RecordVisit> batch = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            batch.add(record(visit(UUID.randomUUID())));
        }
        post("/api/sync/v1/push", pushBody(batch.toArray(RecordVisit[]::new)));

        List<String> seen = pullEverything(3);

        Set<String> distinct = new HashSet<>(seen);
        assertEquals(seen.size(), distinct.size(), "no change delivered twice: " + seen);
        assertTrue(distinct.containsAll(List.of("child:C-1001", "child:C-1005")));
        for (RecordVisit mutation : batch) {
            assertTrue(distinct.contains("visit:" + mutation.visit().id() + ":1"), "missing " + mutation.visit().id());
        }
    }

    @Test
    void aPullAfterTheLastCursorBringsOnlyNewChanges() {
        String cursor = null;
        Reply reply;
        do {
            reply = pull(cursor, 100);
            cursor = reply.text("/nextCursor");
        } while (reply.body().get("hasMore").asBoolean());
        UUID newVisit = UUID.randomUUID();
        post("/api/sync/v1/push", pushBody(record(visit(newVisit))));

        Reply next = pull(cursor, 100);

        assertEquals(1, next.body().get("changes").size());
        assertEquals("visit:" + newVisit + ":1", key(next.body().at("/changes/0")));
        assertFalse(next.body().get("hasMore").asBoolean());
        assertEquals(0, pull(next.text("/nextCursor"), 100).body().get("changes").size());
    }

    @Test
    void aDemoChildCarriesItsDateOfBirthTeamAndEpisodeDatedFromTheDayItWasSeeded() {
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        Map<String, JsonNode> children = new HashMap<>();
        for (JsonNode change : pull(null, 500).body().get("changes")) {
            if (change.get("type").asText().equals("child")) {
                children.put(change.at("/child/id").asText(), change.get("child"));
            }
        }

        JsonNode ava = children.get("C-1001");
        assertEquals("Ava Example", ava.get("displayName").asText());
        assertEquals("2014-05-17", ava.get("dateOfBirth").asText());
        assertEquals("T-NORTH", ava.get("teamId").asText());
        assertEquals("DEMO-CP-1001", ava.at("/episodes/plans/0/id").asText());
        assertEquals("cp", ava.at("/episodes/plans/0/kind").asText());
        assertEquals(LocalDate.parse(today).minusDays(30).toString(), ava.at("/episodes/plans/0/startDate").asText());
        assertTrue(ava.at("/episodes/plans/0/endDate").isMissingNode());
        assertEquals(0, ava.at("/episodes/placements").size());
        assertEquals("general", children.get("C-1002").at("/episodes/placements/0/placementType").asText());
        assertEquals("cin", children.get("C-1003").at("/episodes/plans/0/kind").asText());
        assertEquals("s23b", children.get("C-1004").at("/episodes/careLeaverAccommodation/0/basis").asText());
        assertEquals(LocalDate.parse(today).minusDays(1).toString(),
                children.get("C-1005").at("/episodes/privateFostering/0/notificationReceivedDate").asText());
    }

    @Test
    void aCursorTheServerDidNotIssueIsRefused() {
        Reply reply = pull("bm90LWEtY3Vyc29y", 10);

        assertEquals(400, reply.status());
        assertEquals("invalid_cursor", reply.text("/code"));
    }

    @Test
    void aPullWithoutAProtocolVersionIsRefusedAndAnOldOneToldToUpdate() {
        assertEquals("required", get("/api/sync/v1/pull?deviceId=device-test").text("/code"));
        Reply old = get("/api/sync/v1/pull?deviceId=device-test&protocolVersion=0");
        assertEquals(426, old.status());
        assertEquals("unsupported_protocol_version", old.text("/code"));
    }

    @Test
    void aLimitOutOfRangeIsRefused() {
        assertEquals("invalid_format", get("/api/sync/v1/pull?deviceId=device-test&protocolVersion=1&limit=0").text("/code"));
        assertEquals("limit", get("/api/sync/v1/pull?deviceId=device-test&protocolVersion=1&limit=abc").text("/field"));
    }

    @Test
    void responsesAreGzippedForClientsThatAcceptIt() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.getURL() + "/api/sync/v1/pull?protocolVersion=1&deviceId=device-test"))
                .header("Accept-Encoding", "gzip").header("Authorization", "Bearer " + defaultToken()).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse("none"));
        JsonNode body = JSON.readTree(new GZIPInputStream(new java.io.ByteArrayInputStream(response.body())));
        assertTrue(body.get("changes").size() >= 5);
    }

    @Test
    void aGzippedPushIsAccepted() throws Exception {
        UUID visitId = UUID.randomUUID();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.getURL() + "/api/sync/v1/push"))
                .header("Content-Type", "application/json").header("Content-Encoding", "gzip")
                .header("Authorization", "Bearer " + defaultToken())
                .POST(HttpRequest.BodyPublishers.ofByteArray(gzip(pushBody(record(visit(visitId))))))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("applied", JSON.readTree(response.body()).at("/results/0/outcome").asText());
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
