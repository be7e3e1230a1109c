package org.doorstep.server.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.UUID;
import org.doorstep.protocol.visit.StoredVisit;
import org.doorstep.protocol.visit.Visit;
import org.doorstep.server.ServerTest;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class VisitReadTest extends ServerTest {

    @Test
    void aStoredVisitReadsBackExactlyAsSentWithItsDeviceOffset() throws Exception {
        Visit sent = new Visit(UUID.randomUUID(), "C-1002", java.time.OffsetDateTime.parse("2026-03-29T00:30:00+09:00"),
                java.time.OffsetDateTime.parse("2026-03-29T00:45:00+09:00"), true, false, "Parent insisted on staying", "Kitchen tidy.");
        post("/api/sync/v1/push", pushBody(record(sent)));

        JsonNode list = get("/api/children/C-1002/visits").body();

        assertEquals(1, list.size());
        StoredVisit stored = JSON.treeToValue(list.get(0), StoredVisit.class);
        // A first-cut visit names no type: it was a statutory visit, and is read back as one.
        assertEquals(withType(sent, "statutory"), stored.visit());
        assertEquals("2026-03-29T00:30:00+09:00", list.at("/0/visit/occurredAt").asText());
    }

    @Test
    void everyFieldOfTheFullFormIsStoredAndReadBack() throws Exception {
        Visit sent = new Visit(UUID.randomUUID(), "C-1004", java.time.OffsetDateTime.parse("2026-03-10T10:00:00Z"),
                java.time.OffsetDateTime.parse("2026-03-10T10:40:00Z"), true, false, "Wanted her brother there", null,
                "core_group", "child_refused", false, "Wants to stay at this school", "Busy household",
                "Ask the school nurse to call");
        post("/api/sync/v1/push", pushBody(record(sent)));

        JsonNode list = get("/api/children/C-1004/visits").body();

        assertEquals(sent, JSON.treeToValue(list.get(0), StoredVisit.class).visit());
        assertEquals("child_refused", list.at("/0/visit/notAloneCode").asText());
        assertEquals(false, list.at("/0/visit/bedroomSeen").asBoolean(true));
    }

    @Test
    void anUnknownVisitTypeIsRejectedAndNothingIsStored() {
        Visit sent = new Visit(UUID.randomUUID(), "C-1005", java.time.OffsetDateTime.parse("2026-03-10T10:00:00Z"),
                java.time.OffsetDateTime.parse("2026-03-10T10:40:00Z"), true, true, null, null,
                "phone_call", null, null, null, null, null);

        Reply reply = post("/api/sync/v1/push", pushBody(record(sent)));

        assertEquals("rejected", reply.text("/results/0/outcome"));
        assertEquals("invalid_format", reply.text("/results/0/error/code"));
        assertEquals("visit.type", reply.text("/results/0/error/field"));
        assertEquals(0, get("/api/children/C-1005/visits").body().size());
    }

    private static Visit withType(Visit v, String type) {
        return new Visit(v.id(), v.childId(), v.occurredAt(), v.recordedAt(), v.seen(), v.seenAlone(),
                v.notAloneReason(), v.notes(), type, v.notAloneCode(), v.bedroomSeen(), v.childViews(),
                v.observations(), v.actions());
    }

    @Test
    void visitsAreListedByInstantNotByWallClock() {
        Visit later = new Visit(UUID.randomUUID(), "C-1003", java.time.OffsetDateTime.parse("2026-05-02T09:00:00+01:00"),
                java.time.OffsetDateTime.parse("2026-05-02T09:30:00+01:00"), true, true, null, null);
        Visit earlier = new Visit(UUID.randomUUID(), "C-1003", java.time.OffsetDateTime.parse("2026-05-02T16:30:00+09:00"),
                java.time.OffsetDateTime.parse("2026-05-02T09:30:00+01:00"), true, true, null, null);
        post("/api/sync/v1/push", pushBody(record(later), record(earlier)));

        JsonNode list = get("/api/children/C-1003/visits").body();

        assertEquals(earlier.id().toString(), list.at("/0/visit/id").asText());
        assertEquals(later.id().toString(), list.at("/1/visit/id").asText());
    }

    @Test
    void anUnknownChildIsRefusedLikeAChildOutOfScope() {
        Reply reply = get("/api/children/C-4242/visits");

        assertEquals(403, reply.status());
        assertEquals("child_not_in_scope", reply.text("/code"));
    }

    @Test
    void aMalformedChildIdIsRefused() {
        Reply reply = get("/api/children/C%20%3Cb%3E/visits");

        assertEquals(400, reply.status());
        assertEquals("invalid_format", reply.text("/code"));
    }

    @Test
    void theDemoChildrenAreListedByName() {
        JsonNode children = get("/api/children").body();

        assertEquals(5, children.size());
        assertEquals("Ava Example", children.at("/0/displayName").asText());
        assertEquals("C-1001", children.at("/0/id").asText());
    }

    @Test
    void healthIsUpWithTheDatabase() {
        Reply reply = get("/health");

        assertEquals(200, reply.status());
        assertEquals("UP", reply.text("/status"));
    }
}
