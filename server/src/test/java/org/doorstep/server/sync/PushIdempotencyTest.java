package org.doorstep.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.doorstep.protocol.push.RecordVisit;
import org.doorstep.protocol.visit.Visit;
import org.doorstep.server.ServerTest;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class PushIdempotencyTest extends ServerTest {

    private List<String> storedIdsOf(String childId) {
        List<String> ids = new ArrayList<>();
        for (JsonNode stored : get("/api/children/" + childId + "/visits").body()) {
            ids.add(stored.at("/visit/id").asText());
        }
        return ids;
    }

    @Test
    void pushingTheSameVisitTwiceStoresItOnce() {
        UUID visitId = UUID.randomUUID();
        String body = pushBody(record(visit(visitId)));

        Reply first = post("/api/sync/v1/push", body);
        Reply second = post("/api/sync/v1/push", body);

        assertEquals(200, first.status());
        assertEquals("applied", first.text("/results/0/outcome"));
        assertEquals(200, second.status());
        assertEquals("duplicate", second.text("/results/0/outcome"));
        assertEquals(visitId.toString(), second.text("/results/0/entityId"));
        assertEquals(1, storedIdsOf("C-1001").stream().filter(visitId.toString()::equals).count());
    }

    @Test
    void aReusedIdWithDifferentContentIsRejectedAndTheStoredVisitIsUnchanged() {
        UUID visitId = UUID.randomUUID();
        RecordVisit original = record(visit(visitId));
        Visit v = original.visit();
        Visit altered = new Visit(v.id(), v.childId(), v.occurredAt(), v.recordedAt(), v.seen(), v.seenAlone(), null, "Changed notes");
        post("/api/sync/v1/push", pushBody(original));

        Reply reply = post("/api/sync/v1/push", pushBody(new RecordVisit(original.operationId(), altered)));

        assertEquals("rejected", reply.text("/results/0/outcome"));
        assertEquals("id_reused_with_different_content", reply.text("/results/0/error/code"));
        assertEquals("operationId", reply.text("/results/0/error/field"));
        JsonNode stored = findStored(visitId);
        assertEquals("Bedroom seen; child relaxed.", stored.at("/visit/notes").asText());
    }

    @Test
    void aDifferentVisitUnderAnIdAlreadyStoredIsRejectedNamingTheId() {
        UUID visitId = UUID.randomUUID();
        post("/api/sync/v1/push", pushBody(record(visit(visitId))));
        Visit v = visit(visitId);
        Visit other = new Visit(visitId, v.childId(), v.occurredAt(), v.recordedAt(), false, null, null, "Another visit");

        Reply reply = post("/api/sync/v1/push", pushBody(record(other)));

        assertEquals("rejected", reply.text("/results/0/outcome"));
        assertEquals("visit.id", reply.text("/results/0/error/field"));
        assertEquals("Bedroom seen; child relaxed.", findStored(visitId).at("/visit/notes").asText());
    }

    @Test
    void theSameVisitUnderANewOperationIdIsADuplicate() {
        UUID visitId = UUID.randomUUID();
        post("/api/sync/v1/push", pushBody(record(visit(visitId))));

        Reply reply = post("/api/sync/v1/push", pushBody(record(visit(visitId))));

        assertEquals("duplicate", reply.text("/results/0/outcome"));
        assertEquals(1, reply.body().at("/results/0/version").asInt());
    }

    @Test
    void aNewVisitUnderAnOperationIdAlreadyUsedIsRejected() {
        RecordVisit first = record(visit(UUID.randomUUID()));
        post("/api/sync/v1/push", pushBody(first));
        UUID otherVisit = UUID.randomUUID();

        Reply reply = post("/api/sync/v1/push", pushBody(new RecordVisit(first.operationId(), visit(otherVisit))));

        assertEquals("rejected", reply.text("/results/0/outcome"));
        assertEquals("operationId", reply.text("/results/0/error/field"));
        assertEquals(0, storedIdsOf("C-1001").stream().filter(otherVisit.toString()::equals).count());
    }

    @Test
    void eightConcurrentRetriesOfOneBatchStoreEachVisitOnce() throws Exception {
        List<RecordVisit> batch = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            batch.add(record(visit(UUID.randomUUID())));
        }
        String body = pushBody(batch.toArray(RecordVisit[]::new));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Reply>> retries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            retries.add(() -> post("/api/sync/v1/push", body));
        }

        List<Future<Reply>> replies = pool.invokeAll(retries);
        pool.shutdown();

        int applied = 0;
        for (Future<Reply> reply : replies) {
            assertEquals(200, reply.get().status());
            for (JsonNode result : reply.get().body().get("results")) {
                String outcome = result.get("outcome").asText();
                if (outcome.equals("applied")) {
                    applied++;
                } else {
                    assertEquals("duplicate", outcome);
                }
            }
        }
        assertEquals(batch.size(), applied, "each visit applied by exactly one of the racing retries");
        List<String> stored = storedIdsOf("C-1001");
        Set<String> distinct = new HashSet<>(stored);
        assertEquals(stored.size(), distinct.size(), "no visit stored twice");
        for (RecordVisit mutation : batch) {
            assertEquals(true, distinct.contains(mutation.visit().id().toString()));
        }
    }

    @Test
    void oneBadMutationDoesNotBlockTheOthersAndResultsKeepTheirOrder() {
        Visit good = visit(UUID.randomUUID());
        Visit unknownChild = new Visit(UUID.randomUUID(), "C-9999", good.occurredAt(), good.recordedAt(), true, true, null, null);
        Visit notSeenButAlone = new Visit(UUID.randomUUID(), "C-1001", good.occurredAt(), good.recordedAt(), false, true, null, null);
        Visit alsoGood = visit(UUID.randomUUID());

        Reply reply = post("/api/sync/v1/push", pushBody(record(good), record(unknownChild), record(notSeenButAlone), record(alsoGood)));

        assertEquals(List.of("applied", "rejected", "rejected", "applied"),
                reply.body().get("results").findValuesAsText("outcome"));
        assertEquals("child_not_in_scope", reply.text("/results/1/error/code"));
        assertEquals("visit.childId", reply.text("/results/1/error/field"));
        assertEquals("inconsistent", reply.text("/results/2/error/code"));
        assertEquals("visit.seenAlone", reply.text("/results/2/error/field"));
        List<String> stored = storedIdsOf("C-1001");
        assertEquals(true, stored.contains(good.id().toString()) && stored.contains(alsoGood.id().toString()));
        assertEquals(false, stored.contains(notSeenButAlone.id().toString()));
    }

    private JsonNode findStored(UUID visitId) {
        for (JsonNode stored : get("/api/children/C-1001/visits").body()) {
            if (stored.at("/visit/id").asText().equals(visitId.toString())) {
                return stored;
            }
        }
        throw new AssertionError("visit " + visitId + " not stored");
    }
}
