package org.doorstep.server.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.auth.Role;
import org.doorstep.server.ServerTest;
import org.doorstep.server.scope.Caller;
import org.doorstep.server.testing.People;
import org.junit.jupiter.api.Test;

/**
 * At least 10,000 hostile requests ({@code -Ddoorstep.hostile.requests=N}; {@code -Ddoorstep.hostile.seed=S}
 * repeats a run) spread evenly over every endpoint the server's router lists at run time, of every
 * {@link Attack} kind. Every answer must be below 500; every refusal a JSON {@code ApiError} with a known
 * code; a refused request must change nothing in the database (bookkeeping aside: when a device was last
 * seen, failed sign-ins, and the sign-ins a replayed refresh token ends); a mutation a push rejects must
 * not be stored. The counts per endpoint and per outcome are printed and written to
 * {@code target/hostile-input.md} (docs/HOSTILE-INPUT.md holds a run's).
 */
@MicronautTest(transactional = false)
class HostileInputTest extends ServerTest {

    /**
     * The dashboard's background refresh writes its compliance snapshot whenever it runs; off here, so that a
     * change in the database can only have come from a request.
     */
    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("doorstep.dashboard.snapshot.background", "false");
    }

    private static final Set<String> KNOWN_CODES = Arrays.stream(ErrorCode.values()).map(ErrorCode::wireName)
            .collect(Collectors.toSet());
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    Router router;

    @Inject
    EmbeddedServer server;

    private int replays;
    private String revokedBearer;

    @Test
    void everyEndpointSurvivesTenThousandHostileRequests() throws Exception {
        int total = Integer.getInteger("doorstep.hostile.requests", 10_000);
        long seed = Long.getLong("doorstep.hostile.seed", System.nanoTime());
        List<Endpoint> endpoints = router.uriRoutes().map(Endpoint::of).distinct()
                .sorted((a, b) -> a.key().compareTo(b.key())).toList();
        Map<String, Set<String>> methodsByPath = new HashMap<>();
        endpoints.forEach(e -> methodsByPath.computeIfAbsent(e.template(), t -> new TreeSet<>()).add(e.method()));

        Identities callers = setUpCallers();
        revokedBearer = "Bearer " + callers.revoked();
        Set<String> open = openEndpoints(endpoints);
        HostileRequests generator = new HostileRequests(new Random(seed), callers,
                methodsByPath, Map.of("PUT /api/admin/policy", adminGet("/api/admin/policy").body()));
        Tally tally = new Tally();
        List<String> violations = new ArrayList<>();
        try (WriteWatch watch = new WriteWatch(databaseFile)) {
            Map<String, List<String>> known = watch.fingerprint();
            long version = watch.dataVersion();
            Random attacks = new Random(seed + 1);
            String previous = "none";
            for (int i = 0; i < total; i++) {
                Endpoint endpoint = endpoints.get(i % endpoints.size());
                List<Attack> applicable = HostileRequests.applicable(endpoint);
                HostileRequest request = generator.next(endpoint, applicable.get(attacks.nextInt(applicable.size())));
                if (watch.dataVersion() != version) { // the generator's own set-up (a replayed refresh token)
                    known = watch.fingerprint();
                    version = watch.dataVersion();
                }
                HttpResponse<byte[]> response;
                try {
                    response = sendOnce(request);
                } catch (IOException dropped) {
                    violations.add(describe(request) + " got no answer: " + dropped.getMessage() + "; the request before: " + previous);
                    tally.count(request, "no answer");
                    continue;
                }
                String outcome = outcome(request, response, violations);
                expectations(request, response, open, violations);
                tally.count(request, outcome);
                previous = describe(request) + " -> " + outcome;
                long after = watch.dataVersion();
                if (after != version) {
                    Map<String, List<String>> now = watch.fingerprint();
                    if (response.statusCode() >= 400) {
                        Set<String> allowed = request.attack() == Attack.REPLAYED_REFRESH ? Set.of("refresh_token") : Set.of();
                        List<String> changed = WriteWatch.changedTables(known, now, allowed);
                        if (!changed.isEmpty()) {
                            violations.add(describe(request) + " was refused (" + outcome + ") but changed " + changed);
                        }
                    }
                    known = now;
                    version = after;
                }
            }
        }
        String report = tally.report(total, seed, endpoints.size());
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "hostile-input.md"), report);
        Files.write(Path.of("target", "hostile-input-violations.txt"), violations);
        assertTrue(total >= 10_000 || Integer.getInteger("doorstep.hostile.requests") != null);
        assertEquals(List.of(), violations.stream().limit(40).toList(), violations.size() + " violations; seed " + seed);
    }

    /** Classifies the answer, adding a violation when it breaks a rule. */
    private String outcome(HostileRequest request, HttpResponse<byte[]> response, List<String> violations) {
        int status = response.statusCode();
        if (status >= 500) {
            violations.add(describe(request) + " answered " + status + ": " + text(response));
        }
        if (status < 400) {
            if (status == 200 && request.target().template().equals("/api/sync/v1/push") && request.method().equals("POST")) {
                checkPushResults(request, response, violations);
            }
            return Integer.toString(status);
        }
        if (request.method().equals("HEAD")) {
            return status + " (no body)";
        }
        try {
            JsonNode error = JSON.readTree(response.body());
            String code = error == null ? null : error.path("code").asText(null);
            if (code == null || !KNOWN_CODES.contains(code)) {
                violations.add(describe(request) + " answered " + status + " without a known error code: " + text(response));
                return status + " ?";
            }
            return status + " " + code;
        } catch (IOException e) {
            violations.add(describe(request) + " answered " + status + " with a body that is not JSON: " + text(response));
            return status + " not-json";
        }
    }

    private void checkPushResults(HostileRequest request, HttpResponse<byte[]> response, List<String> violations) {
        try {
            for (JsonNode result : JSON.readTree(response.body()).path("results")) {
                String outcome = result.path("outcome").asText();
                if (outcome.equals("rejected")) {
                    String code = result.path("error").path("code").asText(null);
                    if (code == null || !KNOWN_CODES.contains(code)) {
                        violations.add(describe(request) + " rejected a mutation without a known code: " + result);
                    }
                    String entityId = result.path("entityId").asText(null);
                    if (entityId != null && stored(entityId)) {
                        violations.add(describe(request) + " rejected " + entityId + " but it is stored");
                    }
                } else if (!Set.of("applied", "duplicate", "conflict").contains(outcome)) {
                    violations.add(describe(request) + " answered an unknown outcome: " + result);
                }
            }
        } catch (IOException e) {
            violations.add(describe(request) + " answered a push that is not JSON: " + text(response));
        }
    }

    /** What the attack's kind demands beyond the general rules. */
    private void expectations(HostileRequest request, HttpResponse<byte[]> response, Set<String> open, List<String> violations) {
        int status = response.statusCode();
        String template = request.target().template();
        boolean push = template.equals("/api/sync/v1/push");
        switch (request.attack()) {
            case BAD_TOKEN -> {
                boolean revokedPush = push && revokedBearer.equals(request.authorization());
                if (status < 400 && !open.contains(request.target().key()) && !revokedPush) {
                    violations.add(describe(request) + " was let in with a bad token: " + status);
                }
            }
            case WRONG_ROLE -> {
                if (template.startsWith("/api/admin") && status != 403) {
                    violations.add(describe(request) + " by a role that is not administrator answered " + status);
                }
            }
            case OTHER_CHILD -> {
                if (request.target().variables().contains("childId") && status < 400) {
                    violations.add(describe(request) + " let another team's child be read: " + status);
                }
                if (push && status == 200) {
                    try {
                        for (JsonNode result : JSON.readTree(response.body()).path("results")) {
                            if (!result.path("error").path("code").asText().equals("child_not_in_scope")) {
                                violations.add(describe(request) + " did not refuse a record of another team's child: " + result);
                            }
                        }
                    } catch (IOException e) {
                        violations.add(describe(request) + " answered a push that is not JSON");
                    }
                }
                if (template.equals("/api/sync/v1/pull") && status != 403) {
                    violations.add(describe(request) + " let a device pull as another device: " + status);
                }
            }
            default -> {
                // The general rules only.
            }
        }
    }

    /** The endpoints that answer without a token (anything but 401 to a request without one). */
    private Set<String> openEndpoints(List<Endpoint> endpoints) throws IOException, InterruptedException {
        Set<String> open = new TreeSet<>();
        for (Endpoint endpoint : endpoints) {
            String path = endpoint.fill(name -> "C-1001");
            HostileRequest probe = new HostileRequest(Attack.BAD_TOKEN, endpoint, endpoint.method(), path, null, null, null);
            if (sendOnce(probe).statusCode() != 401) {
                open.add(endpoint.key());
            }
        }
        System.out.println("Endpoints that answer without a token: " + open);
        return open;
    }

    /** Sends; an answer lost because the server had closed a reused connection (after a 413) is asked again once. */
    private HttpResponse<byte[]> sendOnce(HostileRequest request) throws IOException, InterruptedException {
        try {
            return send(request);
        } catch (IOException closedConnection) {
            return send(request);
        }
    }

    private boolean stored(String entityId) {
        People people = new People(dataSource);
        return people.query("SELECT id FROM visit WHERE id = ? UNION SELECT id FROM missing_episode WHERE id = ?"
                + " UNION SELECT id FROM return_interview WHERE id = ?", entityId, entityId, entityId) != null;
    }

    private HttpResponse<byte[]> send(HostileRequest request) throws IOException, InterruptedException {
        URI uri = URI.create(server.getURL().toString() + request.pathAndQuery());
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .method(request.method(), request.body() == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        if (request.authorization() != null) {
            // Only printable ASCII can go in a header from this client; the HTTP parser would refuse the rest.
            builder.header("Authorization", request.authorization().replaceAll("[^\\x20-\\x7e]", "?"));
        }
        return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Sam and the other demo people signed in, a revoked device, another team's child, a victim account. */
    private Identities setUpCallers() {
        People people = new People(dataSource);
        people.team("T-SOUTH", "South Children's Team", "South");
        Caller other = people.user("other.worker", "T-SOUTH", "South", Caller.Channel.SYNC, Role.SOCIAL_WORKER);
        people.update("INSERT INTO child (id, display_name, date_of_birth, change_seq, team_id, allocated_worker_id)"
                + " VALUES (?, 'Another Team''s Child', '2014-05-01', 0, 'T-SOUTH', ?)", HostileRequests.OTHER_CHILD, other.userId());
        people.user("victim.user", "T-NORTH", "North", Caller.Channel.API, Role.SOCIAL_WORKER);
        Caller replayer = people.user("replay.worker", "T-NORTH", "North", Caller.Channel.SYNC, Role.SOCIAL_WORKER);
        assertEquals(204, asAdmin(HttpRequest.PUT("/api/admin/users/" + replayer.userId() + "/password",
                "{\"password\":\"replay-password-long-enough\"}")).status());

        String worker = defaultToken();
        signIn("sam.worker", HostileRequests.VICTIM_DEVICE);
        String revoked = signIn("sam.worker", "fuzz-revoked-device");
        assertEquals(200, asAdmin(HttpRequest.POST("/api/admin/devices/fuzz-revoked-device/revoke", "")).status());
        return new Identities(worker, DEVICE, signIn("maria.manager", "fuzz-manager-device"),
                signIn("omar.officer", "fuzz-officer-device"), adminToken(), signIn("sam.worker", "fuzz-sign-out-device"),
                revoked, this::replacedRefreshToken);
    }

    /** Signs in on a new device, refreshes once, and answers the first (now replaced) refresh token. */
    private String[] replacedRefreshToken() {
        String device = "fuzz-replay-" + (++replays);
        Reply signedIn = signInReply("replay.worker", "replay-password-long-enough", device);
        assertEquals(200, signedIn.status(), signedIn.body().toString());
        String first = signedIn.text("/refreshToken");
        Reply refreshed = post("/api/auth/v1/refresh", "{\"deviceId\":\"" + device + "\",\"refreshToken\":\"" + first + "\"}");
        assertEquals(200, refreshed.status(), refreshed.body().toString());
        return new String[] {device, first};
    }

    private static String describe(HostileRequest request) {
        String body = request.body() == null ? "" : new String(request.body(), java.nio.charset.StandardCharsets.UTF_8);
        return request.attack() + " " + request.method() + " " + abbreviate(request.pathAndQuery(), 200)
                + (body.isEmpty() ? "" : " body " + abbreviate(body, 300));
    }

    private static String text(HttpResponse<byte[]> response) {
        return abbreviate(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8), 300);
    }

    private static String abbreviate(String text, int max) {
        String shown = text.length() <= max ? text : text.substring(0, max) + "...(" + text.length() + " chars)";
        return shown.replaceAll("[^\\x20-\\x7e]", "?");
    }

    /** Counts per endpoint and outcome, and per attack and outcome. */
    private static final class Tally {
        private final Map<String, Map<String, Integer>> byEndpoint = new TreeMap<>();
        private final Map<String, Map<String, Integer>> byAttack = new TreeMap<>();
        private final Map<String, Integer> outcomes = new TreeMap<>();

        void count(HostileRequest request, String outcome) {
            byEndpoint.computeIfAbsent(request.target().key(), k -> new TreeMap<>()).merge(outcome, 1, Integer::sum);
            byAttack.computeIfAbsent(request.attack().name().toLowerCase(), k -> new TreeMap<>()).merge(outcome, 1, Integer::sum);
            outcomes.merge(outcome, 1, Integer::sum);
        }

        String report(int total, long seed, int endpoints) {
            StringBuilder out = new StringBuilder();
            out.append("Hostile input: ").append(total).append(" requests over ").append(endpoints)
                    .append(" endpoints, seed ").append(seed).append("\n\n");
            out.append("| outcome | requests |\n|---|---:|\n");
            outcomes.forEach((outcome, count) -> out.append("| ").append(outcome).append(" | ").append(count).append(" |\n"));
            table(out, "endpoint", byEndpoint);
            table(out, "attack", byAttack);
            return out.toString();
        }

        private static void table(StringBuilder out, String what, Map<String, Map<String, Integer>> rows) {
            out.append("\n| ").append(what).append(" | requests | outcomes |\n|---|---:|---|\n");
            rows.forEach((name, counts) -> out.append("| `").append(name).append("` | ")
                    .append(counts.values().stream().mapToInt(Integer::intValue).sum()).append(" | ")
                    .append(counts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")))
                    .append(" |\n"));
        }
    }
}
