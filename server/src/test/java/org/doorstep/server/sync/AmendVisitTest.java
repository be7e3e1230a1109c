package org.doorstep.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.UUID;
import org.doorstep.protocol.push.AmendVisit;
import org.doorstep.protocol.visit.Visit;
import org.doorstep.server.ServerTest;
import org.junit.jupiter.api.Test;

/** A correction is a new version; every version is kept; a stale base is a conflict, never an overwrite. */
@MicronautTest(transactional = false)
class AmendVisitTest extends ServerTest {
    private static final String PUSH = "/api/sync/v1/push";

    private static Visit corrected(Visit visit, String notes) {
        return new Visit(visit.id(), visit.childId(), visit.occurredAt(), visit.recordedAt(), visit.seen(),
                visit.seenAlone(), visit.notAloneReason(), notes);
    }

    private JsonNode versionsOf(UUID visitId, boolean history) {
        JsonNode all = get("/api/children/C-1004/visits" + (history ? "?history=true" : "")).body();
        List<JsonNode> mine = new java.util.ArrayList<>();
        all.forEach(node -> {
            if (node.at("/visit/id").asText().equals(visitId.toString())) {
                mine.add(node);
            }
        });
        return JSON.valueToTree(mine);
    }

    private Visit storedVisit() {
        Visit v = visit(UUID.randomUUID());
        Visit forChild = new Visit(v.id(), "C-1004", v.occurredAt(), v.recordedAt(), true, true, null, "First account.");
        assertEquals("applied", post(PUSH, pushBody(record(forChild))).text("/results/0/outcome"));
        return forChild;
    }

    @Test
    void aCorrectionIsStoredAsVersionTwoAndTheFirstIsKept() {
        Visit original = storedVisit();

        Reply reply = post(PUSH, pushBody(new AmendVisit(UUID.randomUUID(), 1, corrected(original, "Corrected account."))));

        assertEquals("applied", reply.text("/results/0/outcome"));
        assertEquals(2, reply.body().at("/results/0/version").asInt());
        JsonNode latest = versionsOf(original.id(), false);
        assertEquals(1, latest.size());
        assertEquals("Corrected account.", latest.at("/0/visit/notes").asText());
        assertEquals(2, latest.at("/0/version").asInt());
        JsonNode history = versionsOf(original.id(), true);
        assertEquals(List.of(1, 2), List.of(history.at("/0/version").asInt(), history.at("/1/version").asInt()));
        assertEquals("First account.", history.at("/0/visit/notes").asText());
        assertTrue(history.at("/0/latest").isBoolean(), "latest is always sent");
        assertEquals(false, history.at("/0/latest").asBoolean());
        assertEquals(true, history.at("/1/latest").asBoolean());
    }

    @Test
    void aCorrectionFromAStaleVersionIsAConflictCarryingTheServersVersion() {
        Visit original = storedVisit();
        post(PUSH, pushBody(new AmendVisit(UUID.randomUUID(), 1, corrected(original, "Colleague's correction."))));

        Reply reply = post(PUSH, pushBody(new AmendVisit(UUID.randomUUID(), 1, corrected(original, "My correction."))));

        assertEquals("conflict", reply.text("/results/0/outcome"));
        assertEquals("stale_version", reply.text("/results/0/error/code"));
        assertEquals(2, reply.body().at("/results/0/current/version").asInt());
        assertEquals("Colleague's correction.", reply.text("/results/0/current/visit/notes"));
        assertEquals(2, versionsOf(original.id(), true).size(), "the stale correction stored nothing");
    }

    @Test
    void aRetriedCorrectionIsADuplicate() {
        Visit original = storedVisit();
        String body = pushBody(new AmendVisit(UUID.randomUUID(), 1, corrected(original, "Corrected.")));
        post(PUSH, body);

        Reply retry = post(PUSH, body);

        assertEquals("duplicate", retry.text("/results/0/outcome"));
        assertEquals(2, retry.body().at("/results/0/version").asInt());
        assertEquals(2, versionsOf(original.id(), true).size());
    }

    @Test
    void correctingAVisitTheServerDoesNotHoldIsRejected() {
        Visit never = visit(UUID.randomUUID());

        Reply reply = post(PUSH, pushBody(new AmendVisit(UUID.randomUUID(), 1, never)));

        assertEquals("rejected", reply.text("/results/0/outcome"));
        assertEquals("not_found", reply.text("/results/0/error/code"));
    }

    @Test
    void aCorrectionCannotMoveAVisitToAnotherChild() {
        Visit original = storedVisit();
        Visit moved = new Visit(original.id(), "C-1005", original.occurredAt(), original.recordedAt(), true, true, null, null);

        Reply reply = post(PUSH, pushBody(new AmendVisit(UUID.randomUUID(), 1, moved)));

        assertEquals("inconsistent", reply.text("/results/0/error/code"));
        assertEquals("visit.childId", reply.text("/results/0/error/field"));
    }

    @Test
    void aCorrectionWithoutABaseVersionIsRejected() {
        Visit original = storedVisit();

        Reply reply = post(PUSH, pushBody(new AmendVisit(UUID.randomUUID(), null, corrected(original, "x"))));

        assertEquals("required", reply.text("/results/0/error/code"));
        assertEquals("baseVersion", reply.text("/results/0/error/field"));
    }
}
