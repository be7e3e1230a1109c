package org.doorstep.server.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.doorstep.protocol.ProtocolJson;

/**
 * Makes hostile requests from a seeded {@link Random}: for an endpoint and an attack, a request that is
 * otherwise plausible (a well-formed body of the endpoint's shape, the caller who would make it), so that
 * the attack reaches past the first check.
 */
final class HostileRequests {
    static final String OTHER_CHILD = "C-9001";
    static final String VICTIM_USER = "U-victim.user";
    static final String VICTIM_DEVICE = "fuzz-victim-device";
    static final List<String> INJECTIONS = List.of(
            "' OR '1'='1", "'; DROP TABLE visit; --", "\"; DELETE FROM child; --", "1; UPDATE app_user SET active = FALSE",
            "' UNION SELECT password_hash, username FROM app_user --", "C-1001' --", "C-1001\" OR \"\"=\"",
            "<script>alert(1)</script>", "<img src=x onerror=alert(document.cookie)>", "\"><svg onload=alert(1)>",
            "javascript:alert(1)", "</textarea><script>fetch('/api/admin/users')</script>", "{{7*7}}", "${7*7}",
            "${jndi:ldap://127.0.0.1/a}", "../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%00", "\u0000",
            "\u202Egnp.exe", "=HYPERLINK(\"http://127.0.0.1\")", "\r\nSet-Cookie: session=stolen", "😀👩‍👧".repeat(30),
            "NULL", "null", "undefined", "-1", "1e309", "%s%s%s%n", "\\", "\"", "'");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=xyz", "image/png", "application/jsonx",
            "garbage", "text/html");
    private static final String NEST = "\u0001NEST\u0001";
    private static final String RAW = "\u0001RAW:";

    private final ObjectMapper json = ProtocolJson.newMapper();
    private final Random random;
    private final Identities who;
    private final Map<String, Set<String>> methodsByPath;
    private final Map<String, JsonNode> bodies;
    private int overLimitBodies;
    private int serial;

    /**
     * @param methodsByPath the methods each path template takes (for wrong-method attacks)
     * @param bodies        a valid body per endpoint key where the test knows one (e.g. the current policy)
     */
    HostileRequests(Random random, Identities who, Map<String, Set<String>> methodsByPath, Map<String, JsonNode> bodies) {
        this.random = random;
        this.who = who;
        this.methodsByPath = methodsByPath;
        this.bodies = bodies;
    }

    /** The attacks that make sense against {@code endpoint}. */
    static List<Attack> applicable(Endpoint endpoint) {
        List<Attack> attacks = new ArrayList<>(List.of(Attack.BROKEN_JSON, Attack.HUGE_STRING, Attack.DEEP_NESTING,
                Attack.WRONG_TYPES, Attack.INJECTION, Attack.BAD_TOKEN, Attack.WRONG_ROLE, Attack.WRONG_METHOD,
                Attack.WRONG_CONTENT_TYPE, Attack.BAD_QUERY));
        if (endpoint.variables().contains("childId") || endpoint.template().startsWith("/api/sync/")) {
            attacks.add(Attack.OTHER_CHILD);
        }
        if (endpoint.template().equals("/api/auth/v1/refresh")) {
            attacks.add(Attack.REPLAYED_REFRESH);
        }
        return attacks;
    }

    HostileRequest next(Endpoint endpoint, Attack attack) {
        serial++;
        String method = endpoint.method();
        String authorization = bearer(naturalToken(endpoint));
        String contentType = "application/json";
        String path = endpoint.fill(name -> encode(naturalValue(endpoint, name)));
        String query = naturalQuery(endpoint);
        JsonNode template = template(endpoint);
        byte[] body = bytes(template);
        switch (attack) {
            case BROKEN_JSON -> body = broken(body);
            case HUGE_STRING -> {
                if (overLimitBodies < 3 && random.nextInt(200) == 0) {
                    overLimitBodies++;
                    body = hugeText(17 * 1024 * 1024).getBytes(StandardCharsets.UTF_8); // over the 16 MB limit
                } else if (endpoint.template().equals("/api/sync/v1/push") && random.nextInt(8) == 0) {
                    body = bytes(tooManyMutations());
                } else if (random.nextInt(6) == 0) {
                    path = endpoint.fill(name -> encode("C".repeat(2000 + random.nextInt(4000))));
                } else {
                    body = bytes(withLeaf(template, new TextNode(hugeText(hugeLength()))));
                }
            }
            case DEEP_NESTING -> body = nested(template);
            case WRONG_TYPES -> body = wrongTypes(template);
            case INJECTION -> {
                body = bytes(injected(template));
                path = endpoint.fill(name -> encode(pick(INJECTIONS)));
                query = hostileQuery(endpoint);
            }
            case OTHER_CHILD -> {
                path = endpoint.fill(name -> encode(name.equals("childId") ? OTHER_CHILD : naturalValue(endpoint, name)));
                body = bytes(otherChild(template));
                if (endpoint.template().startsWith("/api/sync/v1/pull")) {
                    query = "protocolVersion=1&deviceId=" + encode(VICTIM_DEVICE);
                }
            }
            case BAD_TOKEN -> authorization = badAuthorization();
            case REPLAYED_REFRESH -> {
                String[] replaced = who.replay().get();
                ObjectNode refresh = json.createObjectNode().put("deviceId", replaced[0]).put("refreshToken", replaced[1]);
                body = bytes(refresh);
            }
            case WRONG_ROLE -> authorization = bearer(wrongRoleToken(endpoint));
            case WRONG_METHOD -> method = wrongMethod(endpoint);
            case WRONG_CONTENT_TYPE -> contentType = random.nextInt(8) == 0 ? null : pick(CONTENT_TYPES);
            case BAD_QUERY -> query = hostileQuery(endpoint);
            default -> throw new IllegalStateException("No generator for " + attack);
        }
        if (body != null && (method.equals("GET") || method.equals("DELETE") || method.equals("OPTIONS"))
                && attack != Attack.BROKEN_JSON && attack != Attack.DEEP_NESTING && random.nextInt(4) != 0) {
            body = null; // mostly without a body, as a client would send them; sometimes with one anyway
        }
        String pathAndQuery = query.isEmpty() ? path : path + "?" + query;
        return new HostileRequest(attack, endpoint, method, pathAndQuery, body == null ? null : contentType, authorization, body);
    }

    private String naturalToken(Endpoint endpoint) {
        String template = endpoint.template();
        if (template.startsWith("/api/admin")) {
            return who.admin();
        }
        if (template.equals("/api/auth/v1/sign-out")) {
            return who.signOut();
        }
        int roll = random.nextInt(10);
        return roll < 7 ? who.worker() : roll < 9 ? who.manager() : who.officer();
    }

    private String wrongRoleToken(Endpoint endpoint) {
        if (endpoint.template().startsWith("/api/admin")) {
            int roll = random.nextInt(3);
            return roll == 0 ? who.worker() : roll == 1 ? who.manager() : who.officer();
        }
        return random.nextBoolean() ? who.admin() : who.officer();
    }

    private String badAuthorization() {
        return switch (random.nextInt(11)) {
            case 0 -> null;
            case 1 -> bearer(CraftedTokens.expired("U-SAM", who.workerDevice()));
            case 2 -> bearer(CraftedTokens.otherKey("U-SAM", who.workerDevice()));
            case 3 -> bearer(CraftedTokens.unsigned("U-SAM", who.workerDevice()));
            case 4 -> bearer(CraftedTokens.tampered(who.worker()));
            case 5 -> bearer(pick(INJECTIONS));
            case 6 -> "Bearer ";
            case 7 -> "Basic c2FtLndvcmtlcjpkb29yc3RlcC1kZW1v";
            case 8 -> bearer(CraftedTokens.validlySigned("U-GHOST", "ghost-device", List.of("administrator")));
            case 9 -> bearer(CraftedTokens.validlySigned("U-SAM", "never-registered-device", List.of("social_worker")));
            default -> bearer(who.revoked());
        };
    }

    private String wrongMethod(Endpoint endpoint) {
        Set<String> taken = methodsByPath.getOrDefault(endpoint.template(), Set.of(endpoint.method()));
        List<String> others = METHODS.stream().filter(m -> !taken.contains(m)).toList();
        return others.isEmpty() ? "PATCH" : pick(others);
    }

    private String naturalValue(Endpoint endpoint, String variable) {
        if (variable.equals("childId")) {
            return "C-100" + (1 + random.nextInt(5));
        }
        if (endpoint.template().startsWith("/api/admin/devices")) {
            return VICTIM_DEVICE;
        }
        if (endpoint.template().startsWith("/api/admin/users")) {
            return VICTIM_USER;
        }
        return "x" + serial;
    }

    private String naturalQuery(Endpoint endpoint) {
        List<String> pairs = new ArrayList<>();
        for (String name : endpoint.queryNames()) {
            String value = switch (name) {
                case "protocolVersion" -> "1";
                case "deviceId" -> who.workerDevice();
                case "limit" -> Integer.toString(1 + random.nextInt(100));
                case "history" -> Boolean.toString(random.nextBoolean());
                case "from", "to" -> OffsetDateTime.now(ZoneOffset.UTC).minusDays(random.nextInt(30)).toString();
                case "childId" -> "C-1001";
                case "userId" -> "U-SAM";
                default -> null;
            };
            if (value != null && random.nextInt(3) != 0) {
                pairs.add(name + "=" + encode(value));
            } else if (name.equals("protocolVersion")) {
                pairs.add("protocolVersion=1");
            }
        }
        return String.join("&", pairs);
    }

    private String hostileQuery(Endpoint endpoint) {
        List<String> names = new ArrayList<>(endpoint.queryNames());
        names.addAll(List.of("after", "limit", "protocolVersion", "id", "q"));
        List<String> pairs = new ArrayList<>();
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            String value = switch (random.nextInt(7)) {
                case 0 -> pick(INJECTIONS);
                case 1 -> "9".repeat(1 + random.nextInt(40));
                case 2 -> "-" + random.nextInt(1000);
                case 3 -> "x".repeat(1000 + random.nextInt(6000));
                case 4 -> "dc2:" + random.nextLong() + ":" + random.nextInt();
                case 5 -> "";
                default -> UUID.randomUUID().toString();
            };
            pairs.add(encode(pick(names)) + "=" + encode(value));
        }
        return String.join("&", pairs);
    }

    private JsonNode template(Endpoint endpoint) {
        String key = endpoint.method() + " " + endpoint.path();
        JsonNode known = bodies.get(key);
        if (known != null) {
            return known.deepCopy();
        }
        ObjectNode body = json.createObjectNode();
        switch (key) {
            case "POST /api/auth/v1/sign-in" -> body.put("username", random.nextBoolean() ? "sam.worker" : "no.such.person")
                    .put("password", "not-the-password-" + serial).put("deviceId", "fuzz-sign-in-" + random.nextInt(50))
                    .put("deviceName", "fuzzing phone");
            case "POST /api/auth/v1/refresh" -> body.put("deviceId", who.workerDevice())
                    .put("refreshToken", UUID.randomUUID().toString());
            case "POST /api/sync/v1/push" -> {
                body.put("protocolVersion", 1).put("deviceId", who.workerDevice());
                ArrayNode mutations = body.putArray("mutations");
                int count = 1 + random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    mutations.add(random.nextInt(4) == 0 ? missingEpisode() : recordVisit());
                }
            }
            case "POST /api/admin/users" -> {
                body.put("id", "U-fuzz-" + serial).put("username", "fuzz." + serial).put("displayName", "Fuzz Person")
                        .put("teamId", "T-NORTH").put("area", "North");
                body.putArray("roles").add("social_worker");
            }
            case "PUT /api/admin/users/{id}/password" -> body.put("password", "a-long-enough-password-" + serial);
            case "POST /api/admin/teams" -> body.put("id", "T-FUZZ-" + serial).put("name", "Fuzz team").put("area", "North");
            default -> {
                body.put("id", "x" + serial).put("name", "a name").put("text", "some text");
                body.putArray("items").add("one").add(2);
            }
        }
        return body;
    }

    private ObjectNode recordVisit() {
        ObjectNode mutation = json.createObjectNode().put("type", "record_visit").put("operationId", UUID.randomUUID().toString());
        OffsetDateTime occurred = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1 + random.nextInt(20));
        mutation.putObject("visit").put("id", UUID.randomUUID().toString()).put("childId", "C-100" + (1 + random.nextInt(5)))
                .put("occurredAt", occurred.toString()).put("recordedAt", occurred.plusHours(1).toString())
                .put("seen", true).put("seenAlone", false).put("type", "statutory").put("notAloneCode", "child_refused")
                .put("notAloneReason", "Asked for the carer to stay").put("bedroomSeen", true)
                .put("childViews", "Wants more contact").put("observations", "Calm").put("actions", "Review contact")
                .put("notes", "Routine visit");
        return mutation;
    }

    private ObjectNode missingEpisode() {
        ObjectNode mutation = json.createObjectNode().put("type", "record_missing_episode")
                .put("operationId", UUID.randomUUID().toString());
        OffsetDateTime went = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1 + random.nextInt(20));
        mutation.putObject("episode").put("id", UUID.randomUUID().toString()).put("childId", "C-100" + (1 + random.nextInt(5)))
                .put("wentMissingAt", went.toString()).put("recordedAt", went.plusHours(2).toString())
                .put("policeReference", "PR-" + serial).put("notes", "Reported by carer");
        return mutation;
    }

    private JsonNode tooManyMutations() {
        ObjectNode body = json.createObjectNode().put("protocolVersion", 1).put("deviceId", who.workerDevice());
        ArrayNode mutations = body.putArray("mutations");
        for (int i = 0; i < 501 + random.nextInt(100); i++) {
            mutations.add(recordVisit());
        }
        return body;
    }

    private JsonNode otherChild(JsonNode template) {
        JsonNode copy = template.deepCopy();
        for (Leaf leaf : leaves(copy)) {
            if ("childId".equals(leaf.name())) {
                leaf.set(new TextNode(OTHER_CHILD));
            }
        }
        return copy;
    }

    private JsonNode injected(JsonNode template) {
        JsonNode copy = template.deepCopy();
        for (Leaf leaf : leaves(copy)) {
            if (leaf.value().isTextual()) {
                leaf.set(new TextNode(pick(INJECTIONS)));
            }
        }
        return copy;
    }

    private byte[] wrongTypes(JsonNode template) {
        JsonNode copy = template.deepCopy();
        List<Leaf> leaves = leaves(copy);
        if (leaves.isEmpty()) {
            return "{\"protocolVersion\":[],\"deviceId\":{}}".getBytes(StandardCharsets.UTF_8);
        }
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            Leaf leaf = leaves.get(random.nextInt(leaves.size()));
            leaf.set(wrongType(leaf.value()));
        }
        return bytes(copy);
    }

    private JsonNode wrongType(JsonNode value) {
        return switch (random.nextInt(10)) {
            case 0 -> value.isNumber() ? new TextNode("one") : json.getNodeFactory().numberNode(12345);
            case 1 -> json.getNodeFactory().booleanNode(true);
            case 2 -> json.createArrayNode().add("a").add(1);
            case 3 -> json.createObjectNode().put("a", "b");
            case 4 -> json.getNodeFactory().nullNode();
            case 5 -> new TextNode(RAW + "1e400");
            case 6 -> new TextNode(RAW + "9223372036854775808");
            case 7 -> json.getNodeFactory().numberNode(-1);
            case 8 -> new TextNode(RAW + "-0.0000001");
            default -> json.createArrayNode();
        };
    }

    private byte[] nested(JsonNode template) {
        int depth = switch (random.nextInt(4)) {
            case 0 -> 500;
            case 1 -> 1_500;
            case 2 -> 10_000;
            default -> 100_000;
        };
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        String nest = open.repeat(depth) + "1" + close.repeat(depth);
        if (random.nextInt(3) == 0) {
            return nest.getBytes(StandardCharsets.UTF_8);
        }
        String withMarker = new String(bytes(withLeaf(template, new TextNode(NEST))), StandardCharsets.UTF_8);
        return withMarker.replace("\"" + NEST + "\"", nest).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] broken(byte[] valid) {
        String text = new String(valid, StandardCharsets.UTF_8);
        return switch (random.nextInt(12)) {
            case 0 -> text.substring(0, random.nextInt(Math.max(1, text.length()))).getBytes(StandardCharsets.UTF_8);
            case 1 -> (text + "}}]").getBytes(StandardCharsets.UTF_8);
            case 2 -> text.replace('"', '\'').getBytes(StandardCharsets.UTF_8);
            case 3 -> withBytes(valid, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE});
            case 4 -> new byte[0];
            case 5 -> pick(List.of("null", "[]", "42", "\"text\"", "true", "{}", " ", "\u0000")).getBytes(StandardCharsets.UTF_8);
            case 6 -> text.replaceFirst(":", ":NaN,\"x\":").getBytes(StandardCharsets.UTF_8);
            case 7 -> ("/* comment */" + text).getBytes(StandardCharsets.UTF_8);
            case 8 -> text.replaceFirst("\\{", "{\"protocolVersion\":1,\"protocolVersion\":\"x\",").getBytes(StandardCharsets.UTF_8);
            case 9 -> randomBytes(1 + random.nextInt(2000));
            case 10 -> text.replace(",", "").getBytes(StandardCharsets.UTF_8);
            default -> ("\uFEFF" + text + ",").getBytes(StandardCharsets.UTF_8);
        };
    }

    /** A copy of {@code template} with one random leaf replaced (or the value itself when there is none). */
    private JsonNode withLeaf(JsonNode template, JsonNode value) {
        JsonNode copy = template.deepCopy();
        List<Leaf> leaves = leaves(copy);
        if (leaves.isEmpty()) {
            return value;
        }
        leaves.get(random.nextInt(leaves.size())).set(value);
        return copy;
    }

    private int hugeLength() {
        int roll = random.nextInt(20);
        return roll == 0 ? 2_000_000 : roll < 5 ? 200_000 : 10_000 + random.nextInt(50_000);
    }

    private String hugeText(int length) {
        return random.nextBoolean() ? "A".repeat(length) : "<script>".repeat(length / 8);
    }

    private byte[] withBytes(byte[] valid, byte[] inserted) {
        int at = random.nextInt(valid.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(valid, 0, at);
        out.write(inserted, 0, inserted.length);
        out.write(valid, at, valid.length - at);
        return out.toByteArray();
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private byte[] bytes(JsonNode node) {
        try {
            String text = json.writeValueAsString(node);
            // Raw JSON the tree cannot hold (1e400, numbers past long) goes in as marked text.
            return text.replaceAll("\"" + RAW + "([^\"]*)\"", "$1").getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bearer(String token) {
        return token == null ? null : "Bearer " + token;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A scalar in a JSON tree, with the way to replace it. */
    private record Leaf(ContainerNode<?> parent, String name, int index, JsonNode value) {
        void set(JsonNode replacement) {
            if (parent instanceof ObjectNode object) {
                object.set(name, replacement);
            } else {
                ((ArrayNode) parent).set(index, replacement);
            }
        }
    }

    private static List<Leaf> leaves(JsonNode root) {
        List<Leaf> leaves = new ArrayList<>();
        collect(root, leaves);
        return leaves;
    }

    private static void collect(JsonNode node, List<Leaf> leaves) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isContainerNode()) {
                    collect(field.getValue(), leaves);
                } else {
                    leaves.add(new Leaf(object, field.getKey(), -1, field.getValue()));
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isContainerNode()) {
                    collect(array.get(i), leaves);
                } else {
                    leaves.add(new Leaf(array, null, i, array.get(i)));
                }
            }
        }
    }
}
