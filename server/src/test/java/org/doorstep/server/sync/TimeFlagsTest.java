package org.doorstep.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.doorstep.protocol.visit.Visit;
import org.doorstep.server.ServerTest;
import org.junit.jupiter.api.Test;

/** Doubtful device times are stored as sent and flagged, never corrected. */
@MicronautTest(transactional = false)
class TimeFlagsTest extends ServerTest {

    private JsonNode storedAfterPush(Visit visit) {
        assertEquals("applied", post("/api/sync/v1/push", pushBody(record(visit))).text("/results/0/outcome"));
        for (JsonNode node : get("/api/children/" + visit.childId() + "/visits").body()) {
            if (node.at("/visit/id").asText().equals(visit.id().toString())) {
                return node;
            }
        }
        throw new AssertionError("not stored");
    }

    @Test
    void aDeviceClockHoursAheadIsFlaggedAndItsTimesKeptAsSent() {
        OffsetDateTime ahead = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusHours(3);
        Visit visit = new Visit(UUID.randomUUID(), "C-1005", ahead.minusMinutes(30), ahead, true, true, null, null);

        JsonNode stored = storedAfterPush(visit);

        List<String> flags = JSON.convertValue(stored.get("flags"), List.class);
        assertEquals(List.of("future_dated", "device_clock_ahead"), flags);
        assertEquals(visit.occurredAt(), OffsetDateTime.parse(stored.at("/visit/occurredAt").asText()));
    }

    @Test
    void aVisitWithPlausibleTimesHasNoFlags() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Visit visit = new Visit(UUID.randomUUID(), "C-1005", now.minusHours(2), now.minusHours(1), true, true, null, null);

        JsonNode stored = storedAfterPush(visit);

        assertEquals(true, stored.path("flags").isMissingNode() || stored.get("flags").isEmpty());
    }
}
