package org.doorstep.mobile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.doorstep.mobile.lock.KdfParams;
import org.doorstep.mobile.lock.UnlockResult;
import org.doorstep.mobile.store.LocalVisit;
import org.doorstep.mobile.store.SyncState;
import org.doorstep.mobile.sync.RealServer;
import org.doorstep.mobile.sync.SignInResult;
import org.doorstep.mobile.sync.SyncClient;
import org.doorstep.mobile.sync.SyncSummary;
import org.doorstep.protocol.ProtocolJson;
import org.doorstep.protocol.auth.SignInRequest;
import org.doorstep.protocol.visit.StoredVisit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The encrypted store and the lock against the real server jar: the app's process killed with {@code kill -9}
 * after a visit's local commit and before its push (after a restart and the PIN, the visit is there and syncs
 * once); and five wrong PINs, then the sign-in whose recovery key opens the same records.
 */
class DeviceStoreAgainstRealServerIT {
    private static final ObjectMapper JSON = ProtocolJson.newMapper();
    private static final String PIN = "270419";
    private static final String CHILD = "C-1004";

    @TempDir
    static Path serverDir;
    static RealServer server;

    @TempDir
    Path deviceDir;

    @BeforeAll
    static void startServer() throws Exception {
        server = RealServer.start(serverDir);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aVisitCommittedJustBeforeTheAppWasKilledIsThereAfterARestartAndSyncsOnce() throws Exception {
        AppConfig config = new AppConfig(server.uri(), deviceDir).withKdf(KdfParams.FOR_TESTS);
        try (AppLock setUp = new AppLock(config, Clock.systemDefaultZone(), new SecureRandom())) {
            setUp.start();
            assertInstanceOf(SignInResult.SignedIn.class, setUp.signIn("sam.worker", "doorstep-demo"));
            assertEquals(Optional.empty(), setUp.choosePin(PIN));
            assertTrue(setUp.vault().hasRecovery(), "the server's sign-in gave the device's recovery key");
        }

        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RecordThenWait.class.getName(),
                deviceDir.toString(), server.uri().toString(), PIN, CHILD)
                .redirectError(deviceDir.resolve("app.err").toFile()).start();
        String saved;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            saved = out.readLine();
            assertNotNull(saved, () -> "the app printed nothing; its errors: " + errors());
            assertTrue(saved.startsWith("SAVED "), saved + "; its errors: " + errors());
            killNine(app);
            assertTrue(app.waitFor(10, TimeUnit.SECONDS), "the app process ended");
        } finally {
            app.destroyForcibly();
        }
        assertEquals(128 + 9, app.exitValue(), "killed by SIGKILL");
        UUID visitId = UUID.fromString(saved.substring("SAVED ".length()));
        String reader = readerToken();
        assertEquals(List.of(), onServer(reader, visitId), "killed before the push");

        try (AppLock restarted = new AppLock(config, Clock.systemDefaultZone(), new SecureRandom())) {
            assertEquals(AppLock.Stage.LOCKED, restarted.start());
            assertInstanceOf(UnlockResult.Unlocked.class, restarted.unlock(PIN));
            AppServices services = restarted.services().orElseThrow();
            LocalVisit kept = services.visits().find(visitId).orElseThrow();
            assertEquals(SyncState.WAITING, kept.state());
            assertEquals("Recorded, then the phone died before it could send.", kept.visit().notes());
            assertEquals(1, services.visits().outbox().size());

            assertEquals(new SyncSummary(1, 0, 0, null), services.sync().syncNow());
            assertEquals(new SyncSummary(0, 0, 0, null), services.sync().syncNow());

            assertEquals(SyncState.SENT, services.visits().find(visitId).orElseThrow().state());
        }
        List<StoredVisit> stored = onServer(reader, visitId);
        assertEquals(1, stored.size(), "exactly one copy on the server");
        assertEquals(1, stored.get(0).version());
    }

    @Test
    void afterFiveWrongPinsTheSignInOnTheRealServerUnlocksTheSameRecordsWhichThenSync() throws Exception {
        AppConfig config = new AppConfig(server.uri(), deviceDir).withKdf(KdfParams.FOR_TESTS);
        UUID visitId;
        try (AppLock first = new AppLock(config, Clock.systemDefaultZone(), new SecureRandom())) {
            first.start();
            assertInstanceOf(SignInResult.SignedIn.class, first.signIn("sam.worker", "doorstep-demo"));
            assertEquals(Optional.empty(), first.choosePin(PIN));
            visitId = first.services().orElseThrow().visits().save(org.doorstep.mobile.store.Visits.seenNotAlone(CHILD))
                    .visit().id();
        }

        try (AppLock restarted = new AppLock(config, Clock.systemDefaultZone(), new SecureRandom())) {
            assertEquals(AppLock.Stage.LOCKED, restarted.start());
            for (int i = 0; i < 5; i++) {
                restarted.unlock("99999" + i);
            }
            assertEquals(AppLock.Stage.LOCKED_OUT, restarted.stage());

            assertInstanceOf(SignInResult.SignedIn.class, restarted.signIn("sam.worker", "doorstep-demo"));

            assertEquals(AppLock.Stage.CHOOSE_PIN, restarted.stage());
            assertEquals(Optional.empty(), restarted.choosePin("583920"));
            AppServices services = restarted.services().orElseThrow();
            assertEquals(SyncState.WAITING, services.visits().find(visitId).orElseThrow().state());
            assertEquals(new SyncSummary(1, 0, 0, null), services.sync().syncNow(), "the new sign-in's tokens work");
        }
        assertEquals(1, onServer(readerToken(), visitId).size());
    }

    /** {@code kill -9}; where no kill command is installed, the JDK's forcible destroy, which is SIGKILL too. */
    private static void killNine(Process app) throws InterruptedException {
        try {
            Process kill = new ProcessBuilder("kill", "-9", Long.toString(app.pid())).inheritIO().start();
            assertEquals(0, kill.waitFor());
        } catch (java.io.IOException noKillCommand) {
            app.destroyForcibly();
        }
    }

    private String errors() {
        try {
            return Files.readString(deviceDir.resolve("app.err"));
        } catch (java.io.IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    /** Sam's access token on another device, to read what the server holds. */
    private static String readerToken() throws Exception {
        return new SyncClient(server.uri()).signIn(new SignInRequest("sam.worker", "doorstep-demo",
                UUID.randomUUID().toString(), "Integration test reader")).accessToken();
    }

    /** Every stored version of {@code visitId} on the server. */
    private static List<StoredVisit> onServer(String token, UUID visitId) throws Exception {
        URI uri = server.uri().resolve("/api/children/" + CHILD + "/visits?history=true");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                .header("Accept", "application/json").header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        return JSON.readValue(response.body(), new TypeReference<List<StoredVisit>>() { }).stream()
                .filter(v -> v.visit().id().equals(visitId)).toList();
    }
}
