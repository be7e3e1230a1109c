package org.doorstep.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.doorstep.server.ServerTest;
import org.doorstep.server.importing.CsvImport;
import org.junit.jupiter.api.Test;

/** Sign-in, refresh, lockout, revocation and token checks over real HTTP. */
@MicronautTest(transactional = false)
class SignInTest extends ServerTest {
    @Inject
    CsvImport importer;

    @Test
    void aSignedInWorkerGetsTokensAndTheirIdentity() {
        Reply reply = signInReply("sam.worker", DEMO_PASSWORD, "device-a");

        assertEquals(200, reply.status(), reply.body().toString());
        assertEquals("sam.worker", reply.text("/user/username"));
        assertEquals("social_worker", reply.text("/user/roles/0"));
        assertEquals(900, reply.body().at("/expiresInSeconds").asLong());
        assertFalse(reply.body().at("/deviceRevoked").asBoolean());
        assertEquals(43, reply.text("/refreshToken").length(), "256 random bits, base64url");
        assertEquals(200, as(reply.text("/accessToken"), HttpRequest.GET("/api/children")).status());
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        Reply wrong = signInReply("maria.manager", "not-her-password", "device-b");
        Reply unknown = signInReply("nobody.here", "whatever-password", "device-b");

        assertEquals(401, wrong.status());
        assertEquals(401, unknown.status());
        assertEquals("invalid_credentials", wrong.text("/code"));
        assertEquals(wrong.body(), unknown.body());
    }

    @Test
    void missingFieldsAreNamed() {
        Reply reply = anonymous(HttpRequest.POST("/api/auth/v1/sign-in", "{\"username\":\"sam.worker\",\"deviceId\":\"x\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE));

        assertEquals(400, reply.status());
        assertEquals("required", reply.text("/code"));
        assertEquals("password", reply.text("/field"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() {
        signIn("sam.worker", DEVICE);
        for (int i = 0; i < 4; i++) {
            assertEquals(401, signInReply("omar.officer", "wrong-password-" + i, "device-c").status());
        }
        Reply fifth = signInReply("omar.officer", "wrong-password-5", "device-c");
        assertEquals(429, fifth.status());
        assertEquals("account_locked", fifth.text("/code"));
        assertTrue(fifth.text("/message").contains("locked until"), fifth.text("/message"));

        Reply rightButLocked = signInReply("omar.officer", DEMO_PASSWORD, "device-c");
        assertEquals(429, rightButLocked.status());

        String admin = signIn("ada.admin", "admin-console");
        assertEquals(204, as(admin, HttpRequest.POST("/api/admin/users/U-OMAR/unlock", "")).status());
        assertEquals(200, signInReply("omar.officer", DEMO_PASSWORD, "device-c").status());
    }

    @Test
    void aRefreshRotatesTheTokenAndAReusedOneEndsTheDevicesSignIn() {
        Reply first = signInReply("sam.worker", DEMO_PASSWORD, "device-d");
        String original = first.text("/refreshToken");

        Reply refreshed = refresh("device-d", original);
        assertEquals(200, refreshed.status(), refreshed.body().toString());
        String next = refreshed.text("/refreshToken");
        assertNotEquals(original, next);
        assertEquals(200, as(refreshed.text("/accessToken"), HttpRequest.GET("/api/children")).status());

        Reply reused = refresh("device-d", original);
        assertEquals(401, reused.status());
        assertEquals("invalid_refresh_token", reused.text("/code"));
        assertEquals(401, refresh("device-d", next).status(), "reuse withdraws the device's live token too");
    }

    @Test
    void aSignInGivesTheDevicesRecoveryKeyTheSameEveryTimeAndARefreshDoesNot() {
        Reply first = signInReply("sam.worker", DEMO_PASSWORD, "device-k");
        String key = first.text("/deviceKey");
        assertEquals(43, key.length(), "256 bits, base64url without padding");
        assertEquals(32, java.util.Base64.getUrlDecoder().decode(key).length);

        Reply again = signInReply("sam.worker", DEMO_PASSWORD, "device-k");
        assertEquals(key, again.text("/deviceKey"), "the same device id gets the same key");
        assertNotEquals(key, signInReply("sam.worker", DEMO_PASSWORD, "device-l").text("/deviceKey"));

        Reply refreshed = refresh("device-k", again.text("/refreshToken"));
        assertEquals(200, refreshed.status());
        assertTrue(refreshed.body().at("/deviceKey").isMissingNode(), "only a sign-in with the password gives it");
        assertTrue(signInReply("sam.worker", "not-the-password", "device-k").body().at("/deviceKey").isMissingNode());
    }

    @Test
    void aRefreshTokenOnlyWorksForItsOwnDevice() {
        String token = signInReply("sam.worker", DEMO_PASSWORD, "device-e").text("/refreshToken");

        assertEquals("invalid_refresh_token", refresh("device-other", token).text("/code"));
        assertEquals(200, refresh("device-e", token).status(), "the failed attempt did not spend it");
    }

    @Test
    void aDeviceInUseBySomeoneElseIsRefusedUntilTheySignOut() {
        String sams = signIn("sam.worker", "device-f");

        Reply whileSamIsIn = signInReply("ada.admin", DEMO_PASSWORD, "device-f");
        assertEquals(403, whileSamIsIn.status());
        assertEquals("forbidden", whileSamIsIn.text("/code"));
        assertEquals("deviceId", whileSamIsIn.text("/field"));

        assertEquals(204, as(sams, HttpRequest.POST("/api/auth/v1/sign-out", "")).status());
        Reply afterSignOut = signInReply("ada.admin", DEMO_PASSWORD, "device-f");
        assertEquals(200, afterSignOut.status(), "a shared device passes on once its person signed out");
        assertEquals(401, as(sams, HttpRequest.GET("/api/children")).status(), "Sam's old token no longer fits the device");
    }

    @Test
    void aRevokedDeviceMayPushWhatItHoldsButNothingElse() {
        Reply signedIn = signInReply("sam.worker", DEMO_PASSWORD, "device-lost");
        String access = signedIn.text("/accessToken");
        String admin = signIn("ada.admin", "admin-console-2");

        Reply revoke = as(admin, HttpRequest.POST("/api/admin/devices/device-lost/revoke", ""));
        assertEquals(200, revoke.status(), revoke.body().toString());
        assertTrue(revoke.body().hasNonNull("revokedAt"));

        Reply pull = as(access, HttpRequest.GET("/api/sync/v1/pull?protocolVersion=1"));
        assertEquals(403, pull.status());
        assertEquals("device_revoked", pull.text("/code"));
        assertFalse(pull.body().has("changes"));

        Reply drain = refresh("device-lost", signedIn.text("/refreshToken"));
        assertEquals(200, drain.status());
        assertTrue(drain.body().at("/deviceRevoked").asBoolean());
        assertFalse(drain.body().hasNonNull("refreshToken"), "the device keeps its old refresh token");
        String pushOnly = drain.text("/accessToken");

        String body = pushBody(record(visit(UUID.randomUUID()))).replace("\"" + DEVICE + "\"", "\"device-lost\"");
        Reply push = as(pushOnly, HttpRequest.POST("/api/sync/v1/push", body).contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(200, push.status(), push.body().toString());
        assertEquals("applied", push.text("/results/0/outcome"));

        assertEquals("device_revoked", as(pushOnly, HttpRequest.GET("/api/children")).text("/code"));
        assertEquals("device_revoked", signInReply("sam.worker", DEMO_PASSWORD, "device-lost").text("/code"));
    }

    @Test
    void requestsWithoutAValidTokenAreRefusedWithoutData() throws Exception {
        Reply none = anonymous(HttpRequest.GET("/api/children"));
        assertEquals(401, none.status());
        assertEquals("unauthenticated", none.text("/code"));
        assertFalse(none.body().toString().contains("C-1001"));

        String forged = forge("sam.worker", "U-SAM", "another-secret-that-is-long-enough-for-hs256!!");
        assertEquals(401, as(forged, HttpRequest.GET("/api/children")).status());

        String real = signIn("sam.worker", "device-g");
        String[] parts = real.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        assertEquals(401, as(tampered, HttpRequest.GET("/api/children")).status());

        assertEquals(200, anonymous(HttpRequest.GET("/health")).status());
    }

    @Test
    void administrationIsForAdministratorsOnly() {
        Reply worker = exchange(HttpRequest.GET("/api/admin/users"));
        assertEquals(403, worker.status());
        assertEquals("forbidden", worker.text("/code"));
        assertEquals(401, anonymous(HttpRequest.GET("/api/admin/users")).status());

        Reply users = as(signIn("ada.admin", "admin-console-3"), HttpRequest.GET("/api/admin/users"));
        assertEquals(200, users.status());
        assertTrue(users.body().toString().contains("sam.worker"));
        assertFalse(users.body().toString().contains("argon2"), "password hashes never leave the server");
        assertFalse(users.body().toString().toLowerCase().contains("password_hash"));
    }

    @Test
    void anAdministratorCreatesAUserWhoSignsInOnceAPasswordIsSet() {
        String admin = signIn("ada.admin", "admin-console-4");
        ObjectNode user = JSON.createObjectNode().put("id", "U-NEW").put("username", "nia.new").put("displayName", "Nia New")
                .put("teamId", "T-NORTH");
        user.putArray("roles").add("social_worker");

        Reply created = as(admin, HttpRequest.POST("/api/admin/users", user.toString()).contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(201, created.status(), created.body().toString());
        Reply noPasswordYet = signInReply("nia.new", "any-password-1", "device-h");
        assertEquals(401, noPasswordYet.status());
        assertEquals("invalid_credentials", noPasswordYet.text("/code"));

        Reply tooShort = as(admin, HttpRequest.PUT("/api/admin/users/U-NEW/password", "{\"password\":\"short\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(400, tooShort.status());
        assertEquals("password", tooShort.text("/field"));
        assertEquals(204, as(admin, HttpRequest.PUT("/api/admin/users/U-NEW/password", "{\"password\":\"a-long-new-password\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE)).status());
        assertEquals(200, signInReply("nia.new", "a-long-new-password", "device-h").status());

        Reply duplicate = as(admin, HttpRequest.POST("/api/admin/users", user.put("id", "U-NEW-2").toString())
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(409, duplicate.status());
        assertEquals("username", duplicate.text("/field"));

        user.put("id", "U-NEW-3").put("username", "nia.third").putArray("roles").add("wizard");
        Reply badRole = as(admin, HttpRequest.POST("/api/admin/users", user.toString()).contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(400, badRole.status());
        assertEquals("roles", badRole.text("/field"));
    }

    @Test
    void aDeactivatedPersonIsCutOffAtOnce() {
        String admin = signIn("ada.admin", "admin-console-5");
        String manager = signIn("maria.manager", "device-i");
        assertEquals(200, as(manager, HttpRequest.GET("/api/children")).status());

        assertEquals(204, as(admin, HttpRequest.POST("/api/admin/users/U-MARIA/deactivate", "")).status());

        assertEquals(401, as(manager, HttpRequest.GET("/api/children")).status());
        assertEquals("invalid_credentials", signInReply("maria.manager", DEMO_PASSWORD, "device-i").text("/code"));
    }

    @Test
    void anAccessTokenFromBeforeThePersonsAccessChangedIsRefusedAndARefreshGivesAWorkingOne() throws Exception {
        Reply signedIn = signInReply("omar.officer", DEMO_PASSWORD, "device-scope");
        String before = signedIn.text("/accessToken");
        assertEquals(200, as(before, HttpRequest.GET("/api/children")).status());
        Path csv = Files.createTempDirectory("area-change");
        Files.writeString(csv.resolve("users.csv"), "id,username,display_name,team_id,area,roles\n"
                + "U-OMAR,omar.officer,Omar Officer,,South,rhi_officer\n");

        assertTrue(importer.run(csv).applied());

        Reply refused = as(before, HttpRequest.GET("/api/children"));
        assertEquals(401, refused.status());
        assertEquals("unauthenticated", refused.text("/code"));
        Reply refreshed = refresh("device-scope", signedIn.text("/refreshToken"));
        assertEquals(200, refreshed.status(), refreshed.body().toString());
        assertEquals(200, as(refreshed.text("/accessToken"), HttpRequest.GET("/api/children")).status(),
                "the refreshed token carries the person's access as it is now");
    }

    @Test
    void thePushBodyMustNameTheSignedInDevice() {
        String body = pushBody(record(visit(UUID.randomUUID()))).replace("\"" + DEVICE + "\"", "\"someone-elses\"");
        Reply reply = post("/api/sync/v1/push", body);

        assertEquals(403, reply.status());
        assertEquals("deviceId", reply.text("/field"));
        assertEquals(List.of(), List.of(reply.body().findValues("results").toArray()));
    }

    private Reply refresh(String deviceId, String token) {
        ObjectNode body = JSON.createObjectNode().put("deviceId", deviceId).put("refreshToken", token);
        return anonymous(HttpRequest.POST("/api/auth/v1/refresh", body.toString()).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    private static String forge(String username, String userId, String secret) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(userId).claim("username", username)
                .claim("roles", List.of("team_manager")).claim("dev", DEVICE)
                .expirationTime(Date.from(Instant.now().plusSeconds(600))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret.getBytes()));
        return jwt.serialize();
    }
}
