package org.doorstep.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.doorstep.protocol.push.MutationResult;
import org.doorstep.protocol.push.PushRequest;
import org.doorstep.protocol.push.RecordVisit;
import org.doorstep.protocol.visit.Visit;
import org.junit.jupiter.api.Test;

class ProtocolJsonTest {
    private final ObjectMapper json = ProtocolJson.newMapper();

    private static Visit visitAt(String occurredAt) {
        return new Visit(UUID.fromString("3f1c2a4e-7b7d-4c1e-9a55-0c9d2b1e6f01"), "C-1001",
                OffsetDateTime.parse(occurredAt), OffsetDateTime.parse("2026-03-02T18:00:00+09:00"),
                true, false, "child asked for mother to stay", "Bedroom seen.");
    }

    @Test
    void visitKeepsTheDeviceOffsetThroughARoundTrip() throws Exception {
        Visit visit = visitAt("2026-03-02T10:15:00+09:00");

        String text = json.writeValueAsString(visit);
        Visit back = json.readValue(text, Visit.class);

        assertTrue(text.contains("\"occurredAt\":\"2026-03-02T10:15:00+09:00\""), text);
        assertEquals(ZoneOffset.ofHours(9), back.occurredAt().getOffset());
        assertEquals(visit, back);
    }

    @Test
    void aFirstCutVisitIsWrittenExactlyAsBeforeTheFormFieldsExisted() throws Exception {
        // The server fingerprints the JSON a device sent; a retry from an app older than the form fields
        // must produce the same bytes, so absent fields are left out rather than written as null.
        String text = json.writeValueAsString(visitAt("2026-03-02T10:15:00+09:00"));

        assertEquals("{\"id\":\"3f1c2a4e-7b7d-4c1e-9a55-0c9d2b1e6f01\",\"childId\":\"C-1001\","
                + "\"occurredAt\":\"2026-03-02T10:15:00+09:00\",\"recordedAt\":\"2026-03-02T18:00:00+09:00\","
                + "\"seen\":true,\"seenAlone\":false,\"notAloneReason\":\"child asked for mother to stay\","
                + "\"notes\":\"Bedroom seen.\"}", text);
    }

    @Test
    void theFormFieldsTravel() throws Exception {
        String body = """
                {"id":"3f1c2a4e-7b7d-4c1e-9a55-0c9d2b1e6f01","childId":"C-1001",
                 "occurredAt":"2026-03-02T10:15:00Z","recordedAt":"2026-03-02T10:20:00Z","seen":true,
                 "seenAlone":false,"notAloneReason":"Asked for her nan","type":"statutory",
                 "notAloneCode":"child_refused","bedroomSeen":true,"childViews":"Wants more time with dad",
                 "observations":"Tidy room","actions":"Contact school"}""";

        Visit visit = json.readValue(body, Visit.class);

        assertEquals("statutory", visit.type());
        assertEquals("child_refused", visit.notAloneCode());
        assertEquals(Boolean.TRUE, visit.bedroomSeen());
        assertEquals("Wants more time with dad", visit.childViews());
        assertEquals("Tidy room", visit.observations());
        assertEquals("Contact school", visit.actions());
        assertEquals(visit, json.readValue(json.writeValueAsString(visit), Visit.class));
    }

    @Test
    void pushRequestCarriesTheMutationTypeOnTheWire() throws Exception {
        UUID op = UUID.fromString("0d8f5a10-2a7c-4f0e-8c1e-6c2d9b3a4e55");
        PushRequest request = new PushRequest(1, "device-1", List.of(new RecordVisit(op, visitAt("2026-03-02T10:15:00Z"))));

        JsonNode tree = json.readTree(json.writeValueAsString(request));

        assertEquals("record_visit", tree.at("/mutations/0/type").asText());
        assertEquals(op.toString(), tree.at("/mutations/0/operationId").asText());
        assertFalse(tree.at("/mutations/0").has("entityId"), "entityId is derived, not sent");
        PushRequest back = json.treeToValue(tree, PushRequest.class);
        assertEquals(request, back);
    }

    @Test
    void unknownMutationTypeIsRefusedByTheReader() {
        String body = "{\"protocolVersion\":1,\"deviceId\":\"d\",\"mutations\":[{\"type\":\"delete_child\",\"operationId\":\""
                + UUID.randomUUID() + "\"}]}";

        InvalidTypeIdException e = assertThrows(InvalidTypeIdException.class, () -> json.readValue(body, PushRequest.class));
        assertEquals("delete_child", e.getTypeId());
    }

    @Test
    void aStringIsNeverReadAsABoolean() {
        String body = "{\"id\":\"" + UUID.randomUUID() + "\",\"seen\":\"true\"}";

        assertThrows(MismatchedInputException.class, () -> json.readValue(body, Visit.class));
    }

    @Test
    void aNumberIsNeverReadAsABoolean() {
        assertThrows(MismatchedInputException.class, () -> json.readValue("{\"seen\":1}", Visit.class));
    }

    @Test
    void outcomesUseTheirWireNames() throws Exception {
        MutationResult result = MutationResult.duplicate(UUID.randomUUID(), UUID.randomUUID(), 1);

        JsonNode tree = json.readTree(json.writeValueAsString(result));

        assertEquals("duplicate", tree.get("outcome").asText());
        assertFalse(tree.has("error"));
        assertInstanceOf(MutationResult.class, json.treeToValue(tree, MutationResult.class));
    }
}
