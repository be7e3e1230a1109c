package org.doorstep.server.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.push.Mutation;
import org.doorstep.protocol.push.RecordMissingEpisode;
import org.doorstep.protocol.visit.Visit;
import org.doorstep.server.ServerTest;
import org.doorstep.server.auth.Passwords;
import org.doorstep.server.scope.Caller;
import org.doorstep.server.testing.People;
import org.doorstep.protocol.auth.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint and sync operation, called as every role, in scope and out of scope: allowed or refused,
 * and no child's data in any refusal. The cast (demo seeding plus one worker of another team):
 * sam.worker (social worker, T-NORTH, C-1001..C-1004), maria.manager (T-NORTH), omar.officer (return
 * interviews, area North; C-1003 has a missing episode), ada.admin, lee.south (social worker, T-SOUTH,
 * C-1005), and anonymous.
 */
@MicronautTest(transactional = false)
class AuthorisationMatrixTest extends ServerTest {
    private static final List<String> CHILD_DATA = List.of("C-100", "Ava Example", "Ben Sample", "Cara Placeholder",
            "Dev Fictional", "Eli Madeup");
    private static final List<String> EVERYONE = List.of("sam.worker", "maria.manager", "omar.officer", "ada.admin",
            "lee.south", "anonymous");

    @Inject
    Allocations allocations;

    private final Map<String, String> tokens = new java.util.HashMap<>();

    @BeforeAll
    void cast() {
        People people = new People(dataSource);
        people.team("T-SOUTH", "South Children's Team", "South");
        Caller lee = people.user("lee.south", "T-SOUTH", null, Caller.Channel.SYNC, Role.SOCIAL_WORKER);
        people.update("UPDATE app_user SET password_hash = ? WHERE id = ?", Passwords.hash(DEMO_PASSWORD), lee.userId());
        allocations.reallocate("C-1005", lee.userId(), "T-SOUTH", Instant.parse("2026-03-01T09:00:00Z"));
        for (String user : EVERYONE) {
            if (!user.equals("anonymous")) {
                tokens.put(user, signIn(user, device(user)));
            }
        }
        MissingEpisode episode = new MissingEpisode(UUID.randomUUID(), "C-1003", OffsetDateTime.parse("2026-03-28T21:30:00+00:00"),
                OffsetDateTime.parse("2026-03-29T18:00:00+01:00"), OffsetDateTime.parse("2026-03-31T16:30:00+01:00"),
                "MP-26-0412", "Found at a friend's flat.");
        assertEquals("applied", push("sam.worker", new RecordMissingEpisode(UUID.randomUUID(), episode))
                .text("/results/0/outcome"));
    }

    @Test
    void eachPersonListsExactlyTheirChildren() {
        expectChildren("sam.worker", "C-1001", "C-1002", "C-1003", "C-1004");
        expectChildren("maria.manager", "C-1001", "C-1002", "C-1003", "C-1004");
        expectChildren("omar.officer", "C-1003");
        expectChildren("ada.admin");
        expectChildren("lee.south", "C-1005");
        expectRefused("anonymous", 401, () -> HttpRequest.GET("/api/children"));
    }

    @Test
    void eachPersonPullsExactlyTheirChildren() {
        assertEquals(Set.of("C-1001", "C-1002", "C-1003", "C-1004"), pulledChildren("sam.worker"));
        assertEquals(Set.of("C-1001", "C-1002", "C-1003", "C-1004"), pulledChildren("maria.manager"));
        assertEquals(Set.of("C-1003"), pulledChildren("omar.officer"));
        assertEquals(Set.of(), pulledChildren("ada.admin"));
        assertEquals(Set.of("C-1005"), pulledChildren("lee.south"));
        expectRefused("anonymous", 401, () -> HttpRequest.GET("/api/sync/v1/pull?protocolVersion=1"));
    }

    @Test
    void visitReadsFollowTheCaseload() {
        matrix(() -> HttpRequest.GET("/api/children/C-1001/visits"),
                Map.of("sam.worker", 200, "maria.manager", 200, "omar.officer", 403, "ada.admin", 403, "lee.south", 403, "anonymous", 401));
        matrix(() -> HttpRequest.GET("/api/children/C-1005/visits"),
                Map.of("sam.worker", 403, "maria.manager", 403, "omar.officer", 403, "ada.admin", 403, "lee.south", 200, "anonymous", 401));
        matrix(() -> HttpRequest.GET("/api/children/C-1003/visits"),
                Map.of("sam.worker", 200, "maria.manager", 200, "omar.officer", 200, "ada.admin", 403, "lee.south", 403, "anonymous", 401));
        matrix(() -> HttpRequest.GET("/api/children/C-9999/visits"),
                Map.of("sam.worker", 403, "maria.manager", 403, "omar.officer", 403, "ada.admin", 403, "lee.south", 403, "anonymous", 401));
    }

    @Test
    void missingRecordReadsFollowTheCaseloadAndTheArea() {
        for (String kind : List.of("missing-episodes", "return-interviews")) {
            matrix(() -> HttpRequest.GET("/api/children/C-1003/" + kind),
                    Map.of("sam.worker", 200, "maria.manager", 200, "omar.officer", 200, "ada.admin", 403, "lee.south", 403, "anonymous", 401));
            matrix(() -> HttpRequest.GET("/api/children/C-1001/" + kind),
                    Map.of("sam.worker", 200, "maria.manager", 200, "omar.officer", 403, "ada.admin", 403, "lee.south", 403, "anonymous", 401));
        }
    }

    @Test
    void aVisitCanBePushedOnlyByThoseWhoMayWriteTheChild() {
        Map<String, String> outcome = Map.of("sam.worker", "applied", "maria.manager", "applied", "omar.officer", "rejected",
                "ada.admin", "rejected", "lee.south", "rejected");
        outcome.forEach((user, expected) -> {
            Reply reply = push(user, record(visitTo("C-1001")));
            assertEquals(200, reply.status(), user);
            assertEquals(expected, reply.text("/results/0/outcome"), user);
            if (expected.equals("rejected")) {
                assertEquals("child_not_in_scope", reply.text("/results/0/error/code"), user);
                assertNoChildData(user + " push", reply);
            }
        });
        assertEquals("applied", push("lee.south", record(visitTo("C-1005"))).text("/results/0/outcome"));
        assertEquals("child_not_in_scope", push("sam.worker", record(visitTo("C-1005"))).text("/results/0/error/code"));
        assertEquals("child_not_in_scope", push("sam.worker", record(visitTo("C-9999"))).text("/results/0/error/code"),
                "an unknown child answers like one out of scope");
        expectRefused("anonymous", 401, () -> HttpRequest.POST("/api/sync/v1/push", pushBody(record(visitTo("C-1001"))))
                .contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    @Test
    void aMissingEpisodeCanBeRecordedByTheOfficerOfTheArea() {
        MissingEpisode second = new MissingEpisode(UUID.randomUUID(), "C-1003", OffsetDateTime.parse("2026-04-02T20:00:00+01:00"),
                null, OffsetDateTime.parse("2026-04-02T21:00:00+01:00"), "MP-26-0433", null);
        assertEquals("applied", push("omar.officer", new RecordMissingEpisode(UUID.randomUUID(), second)).text("/results/0/outcome"));
        MissingEpisode elsewhere = new MissingEpisode(UUID.randomUUID(), "C-1005", OffsetDateTime.parse("2026-04-02T20:00:00+01:00"),
                null, OffsetDateTime.parse("2026-04-02T21:00:00+01:00"), "MP-26-0434", null);
        assertEquals("child_not_in_scope", push("omar.officer", new RecordMissingEpisode(UUID.randomUUID(), elsewhere))
                .text("/results/0/error/code"));
    }

    @Test
    void administrationIsForTheAdministratorAlone() {
        for (String path : List.of("/api/admin/users", "/api/admin/teams", "/api/admin/devices", "/api/admin/audit",
                "/api/admin/policy")) {
            matrix(() -> HttpRequest.GET(path),
                    Map.of("sam.worker", 403, "maria.manager", 403, "omar.officer", 403, "ada.admin", 200, "lee.south", 403, "anonymous", 401));
        }
        for (String user : List.of("sam.worker", "maria.manager", "omar.officer", "lee.south")) {
            expectRefused(user, 403, () -> HttpRequest.GET("/api/admin/audit.csv"));
        }
        expectRefused("anonymous", 401, () -> HttpRequest.GET("/api/admin/audit.csv"));
        String csv = http.toBlocking().retrieve(HttpRequest.GET("/api/admin/audit.csv").bearerAuth(tokens.get("ada.admin")));
        assertTrue(csv.startsWith("id,recordedAt,userId"), csv);
        for (String path : List.of("/api/admin/users/U-SAM/unlock", "/api/admin/devices/nobody/revoke")) {
            for (String user : List.of("sam.worker", "maria.manager", "omar.officer", "lee.south")) {
                expectRefused(user, 403, () -> HttpRequest.POST(path, ""));
            }
            expectRefused("anonymous", 401, () -> HttpRequest.POST(path, ""));
        }
        for (String user : List.of("sam.worker", "maria.manager", "omar.officer", "lee.south")) {
            expectRefused(user, 403, () -> HttpRequest.PUT("/api/admin/policy", "{}").contentType(MediaType.APPLICATION_JSON_TYPE));
            expectRefused(user, 403, () -> HttpRequest.POST("/api/admin/users", "{}").contentType(MediaType.APPLICATION_JSON_TYPE));
        }
    }

    private void matrix(Supplier<MutableHttpRequest<?>> request, Map<String, Integer> expected) {
        assertEquals(new TreeSet<>(EVERYONE), new TreeSet<>(expected.keySet()), "every role is asked");
        expected.forEach((user, status) -> {
            Reply reply = call(user, request.get());
            assertEquals(status.intValue(), reply.status(), user + " " + request.get().getPath() + ": " + reply.body());
            if (status >= 400) {
                assertNoChildData(user + " " + request.get().getPath(), reply);
                assertFalse(reply.text("/code").isEmpty(), "a refusal carries a code");
            }
        });
    }

    private void expectRefused(String user, int status, Supplier<MutableHttpRequest<?>> request) {
        Reply reply = call(user, request.get());
        assertEquals(status, reply.status(), user + " " + request.get().getPath());
        assertNoChildData(user + " " + request.get().getPath(), reply);
    }

    private void expectChildren(String user, String... ids) {
        Reply reply = call(user, HttpRequest.GET("/api/children"));
        assertEquals(200, reply.status());
        assertEquals(Set.of(ids), new TreeSet<>(reply.body().findValuesAsText("id")), user);
    }

    private Set<String> pulledChildren(String user) {
        Set<String> children = new TreeSet<>();
        String cursor = null;
        boolean more = true;
        while (more) {
            Reply page = call(user, HttpRequest.GET("/api/sync/v1/pull?protocolVersion=1&limit=500"
                    + (cursor == null ? "" : "&after=" + cursor)));
            assertEquals(200, page.status(), user + ": " + page.body());
            for (JsonNode change : page.body().get("changes")) {
                String child = change.at("/child/id").asText(change.at("/visit/visit/childId").asText(
                        change.at("/episode/episode/childId").asText(change.at("/interview/interview/childId").asText())));
                if (!child.isEmpty()) {
                    children.add(child);
                }
            }
            cursor = page.text("/nextCursor");
            more = page.body().get("hasMore").asBoolean();
        }
        return children;
    }

    private Reply push(String user, Mutation mutation) {
        return call(user, HttpRequest.POST("/api/sync/v1/push", pushBody(device(user), mutation))
                .contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    private Reply call(String user, MutableHttpRequest<?> request) {
        return user.equals("anonymous") ? anonymous(request) : as(tokens.get(user), request);
    }

    private void assertNoChildData(String what, Reply reply) {
        String body = reply.body().toString();
        for (String data : CHILD_DATA) {
            assertFalse(body.contains(data), what + " leaked '" + data + "': " + body);
        }
    }

    private static Visit visitTo(String childId) {
        Visit v = visit(UUID.randomUUID());
        return new Visit(v.id(), childId, v.occurredAt(), v.recordedAt(), v.seen(), v.seenAlone(), v.notAloneReason(), v.notes());
    }

    private static String device(String user) {
        return "matrix-" + user;
    }
}
