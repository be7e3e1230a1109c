package org.doorstep.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import java.util.UUID;
import org.doorstep.protocol.visit.Visit;
import org.doorstep.server.ServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every refusal carries a code (and a field where there is one), never a 500, and stores nothing. */
@MicronautTest(transactional = false)
class PushRefusalTest extends ServerTest {
    private static final String PUSH = "/api/sync/v1/push";
    private int visitsBefore;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("micronaut.server.max-request-size", "65536");
    }

    @BeforeEach
    void countVisits() {
        visitsBefore = get("/api/children/C-1001/visits").body().size();
    }

    @AfterEach
    void nothingWasStored() {
        assertEquals(visitsBefore, get("/api/children/C-1001/visits").body().size(), "a refused request stored nothing");
    }

    @Test
    void malformedJsonIsRefusedWithItsPosition() {
        Reply reply = post(PUSH, "{\"protocolVersion\":1,\"deviceId\":\"device-test\",\"mutations\":[{\"type\":");

        assertEquals(400, reply.status());
        assertEquals("malformed_request", reply.text("/code"));
        assertTrue(reply.text("/message").startsWith("The body is not valid JSON (line 1"), reply.text("/message"));
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() {
        Reply reply = post(PUSH, "[1,2,3]");

        assertEquals(400, reply.status());
        assertEquals("malformed_request", reply.text("/code"));
    }

    @Test
    void anOldProtocolVersionIsToldToUpdate() {
        Reply reply = post(PUSH, "{\"protocolVersion\":0,\"deviceId\":\"device-test\",\"mutations\":[]}");

        assertEquals(426, reply.status());
        assertEquals("unsupported_protocol_version", reply.text("/code"));
        assertTrue(reply.text("/message").contains("Update the app"));
    }

    @Test
    void aMissingDeviceIdIsNamed() {
        Reply reply = post(PUSH, "{\"protocolVersion\":1,\"mutations\":[]}");

        assertEquals(400, reply.status());
        assertEquals("required", reply.text("/code"));
        assertEquals("deviceId", reply.text("/field"));
    }

    @Test
    void aProtocolVersionGivenAsTextIsAWrongType() {
        Reply reply = post(PUSH, "{\"protocolVersion\":\"1\",\"deviceId\":\"device-test\",\"mutations\":[]}");

        assertEquals(400, reply.status());
        assertEquals("invalid_format", reply.text("/code"));
        assertEquals("protocolVersion", reply.text("/field"));
    }

    @Test
    void aBatchOverTheLimitIsRefusedWhole() {
        StringBuilder body = new StringBuilder("{\"protocolVersion\":1,\"deviceId\":\"device-test\",\"mutations\":[");
        for (int i = 0; i < 501; i++) {
            body.append(i == 0 ? "" : ",").append("{}");
        }
        Reply reply = post(PUSH, body.append("]}").toString());

        assertEquals(413, reply.status());
        assertEquals("batch_too_large", reply.text("/code"));
    }

    @Test
    void aBodyOverTheSizeLimitIsRefusedWithACode() {
        String notes = "x".repeat(70_000);
        Reply reply = post(PUSH, "{\"protocolVersion\":1,\"deviceId\":\"device-test\",\"mutations\":[],\"pad\":\"" + notes + "\"}");

        assertEquals(413, reply.status());
        assertEquals("body_too_large", reply.text("/code"));
    }

    @Test
    void aMutationWithAWrongTypeIsRejectedAloneNamingTheField() {
        String body = "{\"protocolVersion\":1,\"deviceId\":\"device-test\",\"mutations\":[{\"type\":\"record_visit\",\"operationId\":\""
                + UUID.randomUUID() + "\",\"visit\":{\"id\":\"" + UUID.randomUUID()
                + "\",\"childId\":\"C-1001\",\"occurredAt\":\"2026-06-02T10:15:00+01:00\",\"recordedAt\":\"2026-06-02T10:15:00+01:00\",\"seen\":\"yes\"}}]}";

        Reply reply = post(PUSH, body);

        assertEquals(200, reply.status());
        assertEquals("rejected", reply.text("/results/0/outcome"));
        assertEquals("invalid_format", reply.text("/results/0/error/code"));
        assertEquals("visit.seen", reply.text("/results/0/error/field"));
        assertEquals("visit.seen must be true or false", reply.text("/results/0/error/message"));
    }

    @Test
    void aDateWithoutAnOffsetIsRejectedNamingTheField() {
        String body = "{\"protocolVersion\":1,\"deviceId\":\"device-test\",\"mutations\":[{\"type\":\"record_visit\",\"operationId\":\""
                + UUID.randomUUID() + "\",\"visit\":{\"id\":\"" + UUID.randomUUID()
                + "\",\"childId\":\"C-1001\",\"occurredAt\":\"2026-06-02T10:15:00\",\"recordedAt\":\"2026-06-02T10:15:00+01:00\",\"seen\":true,\"seenAlone\":true}}]}";

        Reply reply = post(PUSH, body);

        assertEquals("invalid_format", reply.text("/results/0/error/code"));
        assertEquals("visit.occurredAt", reply.text("/results/0/error/field"));
    }

    @Test
    void anIdThatIsNotAUuidIsRejected() {
        String body = "{\"protocolVersion\":1,\"deviceId\":\"device-test\",\"mutations\":[{\"type\":\"record_visit\",\"operationId\":\"42\"}]}";

        Reply reply = post(PUSH, body);

        assertEquals("invalid_format", reply.text("/results/0/error/code"));
        assertEquals("operationId", reply.text("/results/0/error/field"));
    }

    @Test
    void anUnknownMutationTypeIsRejectedWithItsOwnCode() {
        String body = "{\"protocolVersion\":1,\"deviceId\":\"device-test\",\"mutations\":[{\"type\":\"delete_child\",\"operationId\":\""
                + UUID.randomUUID() + "\"}]}";

        Reply reply = post(PUSH, body);

        assertEquals("unknown_mutation_type", reply.text("/results/0/error/code"));
        assertEquals("type", reply.text("/results/0/error/field"));
    }

    @Test
    void aVisitIn2099IsRejected() {
        Visit v = visit(UUID.randomUUID());
        Visit future = new Visit(v.id(), v.childId(), v.occurredAt().withYear(2099), v.recordedAt(), true, true, null, null);

        Reply reply = post(PUSH, pushBody(record(future)));

        assertEquals("in_future", reply.text("/results/0/error/code"));
        assertEquals("visit.occurredAt", reply.text("/results/0/error/field"));
    }

    @Test
    void aMissingFieldInTheVisitIsNamed() {
        Visit v = visit(UUID.randomUUID());
        Visit noChild = new Visit(v.id(), null, v.occurredAt(), v.recordedAt(), true, true, null, null);

        Reply reply = post(PUSH, pushBody(record(noChild)));

        assertEquals("required", reply.text("/results/0/error/code"));
        assertEquals("visit.childId", reply.text("/results/0/error/field"));
    }
}
