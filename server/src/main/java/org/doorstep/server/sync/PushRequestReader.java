package org.doorstep.server.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import io.micronaut.http.HttpStatus;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.ProtocolJson;
import org.doorstep.protocol.ProtocolVersion;
import org.doorstep.protocol.push.Mutation;
import org.doorstep.protocol.push.MutationResult;
import org.doorstep.protocol.push.PushRequest;
import org.doorstep.server.web.ApiErrorException;

/**
 * Reads a push body. Problems with the envelope refuse the whole request ({@link ApiErrorException});
 * a mutation that cannot be read is rejected on its own, with the field at fault.
 */
final class PushRequestReader {
    private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final List<String> RECORD_FIELDS = List.of("visit", "episode", "interview");
    private final ObjectMapper json = ProtocolJson.newMapper();

    ParsedPush read(byte[] body) {
        JsonNode root = parse(body);
        int version = protocolVersion(root.get("protocolVersion"));
        String deviceId = deviceId(root.get("deviceId"));
        JsonNode mutations = root.get("mutations");
        if (mutations == null || mutations.isNull()) {
            throw refuse(HttpStatus.BAD_REQUEST, ErrorCode.REQUIRED, "mutations", "mutations is required");
        }
        if (!mutations.isArray()) {
            throw refuse(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_FORMAT, "mutations", "mutations must be a list");
        }
        if (mutations.size() > PushRequest.MAX_MUTATIONS) {
            throw refuse(HttpStatus.REQUEST_ENTITY_TOO_LARGE, ErrorCode.BATCH_TOO_LARGE, "mutations",
                    "A push may carry at most " + PushRequest.MAX_MUTATIONS + " mutations; this one has " + mutations.size());
        }
        List<ParsedPush.Entry> entries = new ArrayList<>(mutations.size());
        for (JsonNode node : mutations) {
            entries.add(readMutation(node));
        }
        return new ParsedPush(version, deviceId, entries);
    }

    private JsonNode parse(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            throw refuse(HttpStatus.BAD_REQUEST, ErrorCode.MALFORMED_REQUEST, null,
                    "The body is not valid JSON" + location(e));
        }
        if (root == null || !root.isObject()) {
            throw refuse(HttpStatus.BAD_REQUEST, ErrorCode.MALFORMED_REQUEST, null, "The body must be a JSON object");
        }
        return root;
    }

    private static int protocolVersion(JsonNode node) {
        if (node == null || node.isNull()) {
            throw refuse(HttpStatus.BAD_REQUEST, ErrorCode.REQUIRED, "protocolVersion", "protocolVersion is required");
        }
        if (!node.isInt()) {
            throw refuse(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_FORMAT, "protocolVersion", "protocolVersion must be a whole number");
        }
        int version = node.intValue();
        if (!ProtocolVersion.isSupported(version)) {
            throw refuse(HttpStatus.UPGRADE_REQUIRED, ErrorCode.UNSUPPORTED_PROTOCOL_VERSION, "protocolVersion",
                    "This server accepts sync protocol versions " + ProtocolVersion.MINIMUM_SUPPORTED + " to "
                            + ProtocolVersion.CURRENT + "; the app sent " + version + ". Update the app.");
        }
        return version;
    }

    private static String deviceId(JsonNode node) {
        if (node == null || node.isNull()) {
            throw refuse(HttpStatus.BAD_REQUEST, ErrorCode.REQUIRED, "deviceId", "deviceId is required");
        }
        if (!node.isTextual() || !DEVICE_ID.matcher(node.textValue()).matches()) {
            throw refuse(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_FORMAT, "deviceId",
                    "deviceId must be 1 to 100 letters, digits, '.', '-' or '_'");
        }
        return node.textValue();
    }

    private ParsedPush.Entry readMutation(JsonNode node) {
        UUID operationId = uuidOrNull(node.path("operationId"));
        UUID entityId = entityId(node);
        if (!node.isObject()) {
            return unreadable(operationId, entityId, ApiError.of(ErrorCode.INVALID_FORMAT, "Each mutation must be a JSON object"));
        }
        if (!node.hasNonNull("type")) {
            return unreadable(operationId, entityId, ApiError.onField(ErrorCode.REQUIRED, "type", "type is required"));
        }
        Mutation mutation;
        try {
            mutation = json.treeToValue(node, Mutation.class);
        } catch (InvalidTypeIdException e) {
            return unreadable(operationId, entityId, ApiError.onField(ErrorCode.UNKNOWN_MUTATION_TYPE, "type",
                    "Unknown mutation type '" + e.getTypeId() + "'"));
        } catch (JsonMappingException e) {
            return unreadable(operationId, entityId, wrongShape(e));
        } catch (JsonProcessingException e) {
            return unreadable(operationId, entityId, ApiError.of(ErrorCode.INVALID_FORMAT, "The mutation cannot be read"));
        }
        if (mutation.operationId() == null) {
            return unreadable(null, entityId, ApiError.onField(ErrorCode.REQUIRED, "operationId", "operationId is required"));
        }
        return new ParsedPush.Readable(mutation);
    }

    private static ParsedPush.Unreadable unreadable(UUID operationId, UUID entityId, ApiError error) {
        return new ParsedPush.Unreadable(MutationResult.rejected(operationId, entityId, error));
    }

    private static ApiError wrongShape(JsonMappingException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        Class<?> target = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m ? m.getTargetType() : null;
        String expected;
        if (target == OffsetDateTime.class) {
            expected = "an ISO-8601 date-time with a UTC offset, e.g. 2026-03-02T10:15:00+00:00";
        } else if (target == UUID.class) {
            expected = "a UUID";
        } else if (target == Boolean.class || target == boolean.class) {
            expected = "true or false";
        } else if (target == String.class) {
            expected = "text";
        } else {
            expected = "of the documented type";
        }
        String name = field.isEmpty() ? "A field" : field;
        return ApiError.onField(ErrorCode.INVALID_FORMAT, field.isEmpty() ? null : field, name + " must be " + expected);
    }

    /** The id of the record a mutation is about, when it can be read, so that even a refusal names it. */
    private static UUID entityId(JsonNode mutation) {
        for (String field : RECORD_FIELDS) {
            UUID id = uuidOrNull(mutation.path(field).path("id"));
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    private static UUID uuidOrNull(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return UUID.fromString(node.textValue());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String location(IOException e) {
        if (e instanceof JsonProcessingException p && p.getLocation() != null) {
            return " (line " + p.getLocation().getLineNr() + ", column " + p.getLocation().getColumnNr() + ")";
        }
        return "";
    }

    private static ApiErrorException refuse(HttpStatus status, ErrorCode code, String field, String message) {
        return new ApiErrorException(status, new ApiError(code, message, field));
    }
}
