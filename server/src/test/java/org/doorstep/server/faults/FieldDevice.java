package org.doorstep.server.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.doorstep.protocol.Ids;
import org.doorstep.protocol.ProtocolJson;
import org.doorstep.protocol.ProtocolVersion;
import org.doorstep.protocol.push.Mutation;
import org.doorstep.protocol.push.PushRequest;
import org.doorstep.protocol.push.RecordVisit;
import org.doorstep.protocol.visit.Visit;

/**
 * A simulated phone speaking the sync protocol over plain HTTP, as sam.worker: it records visits into an
 * outbox and pushes them; a visit leaves the outbox only when the server acknowledges it ({@code applied}
 * or {@code duplicate}). Unanswered pushes are retried with the same operation ids, as the app does.
 * Used by one thread at a time.
 */
final class FieldDevice {
    private static final ObjectMapper JSON = ProtocolJson.newMapper();
    private static final List<String> CHILDREN = List.of("C-1001", "C-1002", "C-1003", "C-1004", "C-1005");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String deviceId;
    private volatile URI server;
    private String token;
    private final Map<UUID, RecordVisit> outbox = new LinkedHashMap<>();
    /** Every visit ever recorded here, acknowledged or not, by visit id: what the phone still holds. */
    private final Map<UUID, RecordVisit> held = new LinkedHashMap<>();
    private final Set<UUID> acknowledged = new LinkedHashSet<>();
    private int unanswered;
    private int unavailable;
    private String lastRefusal;

    FieldDevice(String deviceId, URI server) {
        this.deviceId = deviceId;
        this.server = server;
    }

    String deviceId() {
        return deviceId;
    }

    void server(URI server) {
        this.server = server;
    }

    /** Signs in as sam.worker with the demo password; this device id is registered to Sam. */
    void signIn() throws IOException, InterruptedException {
        String body = JSON.createObjectNode().put("username", "sam.worker").put("password", "doorstep-demo")
                .put("deviceId", deviceId).put("deviceName", "simulated phone").toString();
        HttpResponse<String> response = send(HttpRequest.newBuilder(server.resolve("/api/auth/v1/sign-in"))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("sign-in answered " + response.statusCode() + ": " + response.body());
        }
        token = JSON.readTree(response.body()).path("accessToken").asText();
    }

    /** Records {@code count} new visits to demo children, as the app would while offline. */
    void record(int count, Random random) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < count; i++) {
            UUID id = Ids.newId();
            OffsetDateTime occurred = now.minusMinutes(30 + random.nextInt(60 * 24 * 20));
            Visit visit = new Visit(id, CHILDREN.get(random.nextInt(CHILDREN.size())), occurred, occurred.plusMinutes(20),
                    true, random.nextBoolean(), null, "Visit " + id + " from " + deviceId);
            RecordVisit mutation = new RecordVisit(Ids.newId(), visit);
            outbox.put(id, mutation);
            held.put(id, mutation);
        }
    }

    /** What happened to one push. */
    enum Attempt { ACKNOWLEDGED, UNANSWERED, UNAVAILABLE, NOTHING_TO_SEND }

    /** Pushes up to {@code max} visits from the outbox; acknowledged ones leave it. */
    Attempt push(int max) throws InterruptedException {
        List<Mutation> batch = new ArrayList<Mutation>(outbox.values()).subList(0, Math.min(max, outbox.size()));
        if (batch.isEmpty()) {
            return Attempt.NOTHING_TO_SEND;
        }
        return send(batch);
    }

    /** Pushes everything this phone holds, acknowledged or not (after the server was restored from a backup). */
    Attempt pushEverythingHeld(int max) throws InterruptedException {
        List<RecordVisit> all = new ArrayList<>(held.values());
        for (int from = 0; from < all.size(); from += max) {
            Attempt attempt = send(new ArrayList<Mutation>(all.subList(from, Math.min(all.size(), from + max))));
            if (attempt != Attempt.ACKNOWLEDGED) {
                return attempt;
            }
        }
        return Attempt.ACKNOWLEDGED;
    }

    private Attempt send(List<? extends Mutation> batch) throws InterruptedException {
        HttpResponse<String> response;
        try {
            String body = JSON.writeValueAsString(new PushRequest(ProtocolVersion.CURRENT, deviceId, List.copyOf(batch)));
            response = send(HttpRequest.newBuilder(server.resolve("/api/sync/v1/push"))
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)));
        } catch (IOException lost) {
            unanswered++;
            return Attempt.UNANSWERED;
        }
        if (response.statusCode() == 503) {
            unavailable++;
            lastRefusal = response.body();
            return Attempt.UNAVAILABLE;
        }
        if (response.statusCode() != 200) {
            throw new AssertionError("push answered " + response.statusCode() + ": " + response.body());
        }
        try {
            for (JsonNode result : JSON.readTree(response.body()).path("results")) {
                String outcome = result.path("outcome").asText();
                if (!outcome.equals("applied") && !outcome.equals("duplicate")) {
                    throw new AssertionError("a valid visit was answered " + result);
                }
                UUID id = UUID.fromString(result.path("entityId").asText());
                outbox.remove(id);
                acknowledged.add(id);
            }
        } catch (IOException e) {
            throw new AssertionError("push answered a body that is not JSON: " + response.body(), e);
        }
        return Attempt.ACKNOWLEDGED;
    }

    /**
     * Pulls every page after {@code cursor} (null: from the start); adds the ids of the visits received to
     * {@code visits} and answers the last cursor.
     */
    String pullToEnd(String cursor, Set<UUID> visits) throws IOException, InterruptedException {
        String after = cursor;
        for (int page = 0; page < 1000; page++) {
            String query = "/api/sync/v1/pull?protocolVersion=" + ProtocolVersion.CURRENT + "&limit=500"
                    + (after == null ? "" : "&after=" + after);
            HttpResponse<String> response = send(HttpRequest.newBuilder(server.resolve(query))
                    .header("Authorization", "Bearer " + token).GET());
            if (response.statusCode() != 200) {
                throw new AssertionError("pull answered " + response.statusCode() + ": " + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            for (JsonNode change : body.path("changes")) {
                if (change.path("type").asText().equals("visit")) {
                    visits.add(UUID.fromString(change.path("visit").path("visit").path("id").asText()));
                }
            }
            after = body.path("nextCursor").asText();
            if (!body.path("hasMore").asBoolean()) {
                return after;
            }
        }
        throw new AssertionError("more than 1000 pages");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.header("Content-Type", "application/json").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    int outboxSize() {
        return outbox.size();
    }

    Set<UUID> acknowledged() {
        return acknowledged;
    }

    Set<UUID> held() {
        return held.keySet();
    }

    /** Pushes sent whose answer never arrived (server killed, refused connection). */
    int unanswered() {
        return unanswered;
    }

    /** The body of the last 503 answer. */
    String lastRefusal() {
        return lastRefusal;
    }

    /** Pushes answered 503 server_unavailable. */
    int unavailable() {
        return unavailable;
    }
}
