package org.doorstep.mobile.pull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.doorstep.protocol.ProtocolJson;
import org.doorstep.protocol.visit.Visit;

/**
 * A visit's type, {@value #STATUTORY} when it has none. Read through the visit's JSON form, so that visits
 * recorded before the form had a type (every one of them statutory) and after it are read alike.
 */
final class VisitTypes {
    static final String STATUTORY = "statutory";
    private static final ObjectMapper JSON = ProtocolJson.newMapper();

    private VisitTypes() {
    }

    static String of(Visit visit) {
        JsonNode type = JSON.valueToTree(visit).get("type");
        return type == null || !type.isTextual() ? STATUTORY : type.asText();
    }
}
