package org.doorstep.mobile.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.protocol.ProtocolJson;

/** Push answers for the {@link FakeServer}, and what a push body held. */
final class PushAnswers {
    private static final ObjectMapper JSON = ProtocolJson.newMapper();

    private PushAnswers() {
    }

    /** A push response giving {@code outcome} to every mutation in {@code body}. */
    static FakeServer.Reply answerAll(String body, String outcome) {
        StringBuilder results = new StringBuilder();
        for (JsonNode mutation : read(body).get("mutations")) {
            results.append(results.length() == 0 ? "" : ",").append("{\"operationId\":\"")
                    .append(mutation.get("operationId").asText()).append("\",\"entityId\":\"")
                    .append(mutation.get("visit").get("id").asText()).append("\",\"outcome\":\"").append(outcome)
                    .append("\",\"version\":1")
                    .append(outcome.equals("conflict")
                            ? ",\"error\":{\"code\":\"stale_version\",\"message\":\"Changed on the server\"}" : "")
                    .append(outcome.equals("rejected")
                            ? ",\"error\":{\"code\":\"unknown_child\",\"message\":\"No such child\"}" : "")
                    .append("}");
        }
        return FakeServer.Reply.json("{\"serverTime\":\"2026-01-01T00:00:00Z\",\"results\":[" + results + "]}");
    }

    static List<String> operationIds(String body) {
        List<String> ids = new ArrayList<>();
        read(body).get("mutations").forEach(m -> ids.add(m.get("operationId").asText()));
        return ids;
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The push body's {@code deviceId}. */
    static String deviceId(String body) {
        return read(body).get("deviceId").asText();
    }
}
