package org.doorstep.compliance.evaluator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.compliance.time.LondonTime;

/** Typed reading of case fields; every failure names the field by its path. JSON null counts as absent. */
final class JsonFields {
    private JsonFields() {
    }

    static String path(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    static JsonNode optional(JsonNode obj, String name) {
        JsonNode n = obj.get(name);
        return n == null || n.isNull() ? null : n;
    }

    static JsonNode required(JsonNode obj, String name, String parent) {
        JsonNode n = optional(obj, name);
        if (n == null) {
            throw new CaseException(path(parent, name), "missing");
        }
        return n;
    }

    static JsonNode requiredObject(JsonNode obj, String name, String parent) {
        JsonNode n = required(obj, name, parent);
        if (!n.isObject()) {
            throw new CaseException(path(parent, name), "must be an object");
        }
        return n;
    }

    static LocalDate requiredDate(JsonNode obj, String name, String parent) {
        return date(required(obj, name, parent), path(parent, name));
    }

    static LocalDate optionalDate(JsonNode obj, String name, String parent) {
        JsonNode n = optional(obj, name);
        return n == null ? null : date(n, path(parent, name));
    }

    static LocalDate date(JsonNode n, String field) {
        if (!n.isTextual()) {
            throw new CaseException(field, "must be a date YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(n.asText());
        } catch (DateTimeParseException e) {
            throw new CaseException(field, "not a date YYYY-MM-DD: \"" + n.asText() + "\"");
        }
    }

    static Instant requiredInstant(JsonNode obj, String name, String parent) {
        return instant(required(obj, name, parent), path(parent, name));
    }

    static Instant optionalInstant(JsonNode obj, String name, String parent) {
        JsonNode n = optional(obj, name);
        return n == null ? null : instant(n, path(parent, name));
    }

    static Instant instant(JsonNode n, String field) {
        if (!n.isTextual()) {
            throw new CaseException(field, "must be an ISO-8601 date-time");
        }
        try {
            return LondonTime.parseInstant(n.asText());
        } catch (DateTimeParseException e) {
            throw new CaseException(field, "not an ISO-8601 date-time: \"" + n.asText() + "\"");
        }
    }

    static boolean requiredBoolean(JsonNode obj, String name, String parent) {
        JsonNode n = required(obj, name, parent);
        if (!n.isBoolean()) {
            throw new CaseException(path(parent, name), "must be true or false");
        }
        return n.asBoolean();
    }

    static boolean optionalBoolean(JsonNode obj, String name, String parent, boolean absent) {
        JsonNode n = optional(obj, name);
        if (n == null) {
            return absent;
        }
        if (!n.isBoolean()) {
            throw new CaseException(path(parent, name), "must be true or false");
        }
        return n.asBoolean();
    }

    static String optionalText(JsonNode obj, String name, String parent) {
        JsonNode n = optional(obj, name);
        if (n == null) {
            return null;
        }
        if (!n.isTextual()) {
            throw new CaseException(path(parent, name), "must be a string");
        }
        return n.asText();
    }

    /** The elements of a list field; a missing list is an error when {@code required}, else empty. */
    static List<JsonNode> list(JsonNode obj, String name, String parent, boolean required) {
        JsonNode n = required ? required(obj, name, parent) : optional(obj, name);
        if (n == null) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new CaseException(path(parent, name), "must be a list");
        }
        List<JsonNode> items = new ArrayList<>(n.size());
        n.forEach(items::add);
        return items;
    }
}
