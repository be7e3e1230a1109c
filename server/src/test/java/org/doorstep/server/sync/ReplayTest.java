package org.doorstep.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.doorstep.protocol.push.Mutation;
import org.doorstep.protocol.push.RecordVisit;
import org.doorstep.protocol.visit.Visit;
import org.doorstep.server.ServerTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ReplayTest extends ServerTest {

    private Map<String, Integer> storedCounts(String childId) {
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode node : get("/api/children/" + childId + "/visits?history=true").body()) {
            counts.merge(node.at("/visit/id").asText(), 1, Integer::sum);
        }
        return counts;
    }

    /** The same push sent again and again, as a device does when acknowledgements are lost. */
    @ParameterizedTest(name = "sent {0} times")
    @ValueSource(ints = {1, 2, 50})
    void aPushRepeatedStoresEachVisitOnce(int times) {
        List<RecordVisit> batch = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Visit v = visit(UUID.randomUUID());
            batch.add(record(new Visit(v.id(), "C-1002", v.occurredAt(), v.recordedAt(), true, true, null, null)));
        }
        String body = pushBody(batch.toArray(RecordVisit[]::new));

        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            outcomes.addAll(post("/api/sync/v1/push", body).body().get("results").findValuesAsText("outcome"));
        }

        assertEquals(10, outcomes.stream().filter("applied"::equals).count());
        assertEquals(10L * (times - 1), outcomes.stream().filter("duplicate"::equals).count());
        Map<String, Integer> stored = storedCounts("C-1002");
        for (RecordVisit mutation : batch) {
            assertEquals(1, stored.get(mutation.visit().id().toString()));
        }
    }

    @Test
    void aBatchOf200WithThreeBadMutationsStoresThe197AndRejectsTheThreeWithCodes() {
        List<Mutation> batch = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Visit v = visit(UUID.randomUUID());
            Visit visit = switch (i) {
                case 17 -> new Visit(v.id(), "C-0000", v.occurredAt(), v.recordedAt(), true, true, null, null);
                case 101 -> new Visit(v.id(), "C-1003", v.occurredAt(), v.recordedAt(), null, null, null, null);
                case 188 -> new Visit(v.id(), "C-1003", v.occurredAt().plusYears(70), v.recordedAt(), true, true, null, null);
                default -> new Visit(v.id(), "C-1003", v.occurredAt(), v.recordedAt(), true, true, null, null);
            };
            batch.add(record(visit));
        }

        JsonNode results = post("/api/sync/v1/push", pushBody(batch.toArray(Mutation[]::new))).body().get("results");

        assertEquals(200, results.size());
        assertEquals(197, results.findValuesAsText("outcome").stream().filter("applied"::equals).count());
        assertEquals("child_not_in_scope", results.at("/17/error/code").asText());
        assertEquals("required", results.at("/101/error/code").asText());
        assertEquals("visit.seen", results.at("/101/error/field").asText());
        assertEquals("in_future", results.at("/188/error/code").asText());
        assertEquals(197, storedCounts("C-1003").size());
    }
}
