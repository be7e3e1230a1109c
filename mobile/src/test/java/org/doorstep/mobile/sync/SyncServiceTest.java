package org.doorstep.mobile.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.doorstep.mobile.pull.Puller;
import org.doorstep.mobile.pull.SqliteCaseloadStore;
import org.doorstep.mobile.store.LocalVisit;
import org.doorstep.mobile.store.LocalDatabase;
import org.doorstep.mobile.store.LocalWipe;
import org.doorstep.mobile.store.OutboxEntry;
import org.doorstep.mobile.store.SqliteSessionStore;
import org.doorstep.mobile.store.SqliteVisitStore;
import org.doorstep.mobile.store.SyncState;
import org.doorstep.mobile.store.TestKeys;
import org.doorstep.mobile.store.VisitStore;
import org.doorstep.mobile.store.Visits;
import org.doorstep.protocol.visit.Visit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SyncService against failures a real server cannot be made to produce on demand. */
class SyncServiceTest {
    @TempDir
    Path dataDir;
    LocalDatabase database;
    VisitStore visits;
    FakeServer fake;

    @BeforeEach
    void open() {
        database = LocalDatabase.open(dataDir, TestKeys.fixed());
        visits = new SqliteVisitStore(database);
    }

    @AfterEach
    void close() {
        if (fake != null) {
            fake.close();
        }
        database.close();
    }

    @Test
    void connectionRefusedChangesNothingAndSaysSo() throws IOException {
        Visit visit = visits.save(Visits.seenNotAlone("C-1001")).visit();
        new SqliteSessionStore(database).signedIn(FakeServer.SAM, "refresh-from-an-earlier-sign-in", Instant.now());
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        SyncSummary summary = service(URI.create("http://127.0.0.1:" + closedPort), 500).syncNow();

        assertEquals(new SyncSummary(0, 0, 1, summary.errorMessage()), summary);
        assertTrue(summary.errorMessage().startsWith("Cannot reach the server (127.0.0.1:" + closedPort),
                summary.errorMessage());
        assertEquals(SyncState.WAITING, visits.find(visit.id()).orElseThrow().state());
        assertEquals(1, visits.outbox().size());
    }

    @Test
    void lostAnswerIsRetriedUnderTheSameOperationIdAndThenMarkedSent() throws IOException {
        Visit visit = visits.save(Visits.seenNotAlone("C-1001")).visit();
        AtomicInteger pushes = new AtomicInteger();
        fake = new FakeServer(body -> pushes.incrementAndGet() == 1 ? FakeServer.Reply.DROP : PushAnswers.answerAll(body, "duplicate"));

        SyncSummary lost = service(fake.uri(), 500).syncNow();
        assertEquals(0, lost.sent());
        assertEquals(1, lost.stillWaiting());
        assertTrue(lost.errorMessage().startsWith("Cannot reach the server"), lost.errorMessage());
        assertEquals(SyncState.WAITING, visits.find(visit.id()).orElseThrow().state());

        SyncSummary retried = service(fake.uri(), 500).syncNow();
        assertEquals(new SyncSummary(1, 0, 0, null), retried);
        assertEquals(SyncState.SENT, visits.find(visit.id()).orElseThrow().state());
        assertEquals(2, fake.pushBodies.size());
        assertEquals(PushAnswers.operationIds(fake.pushBodies.get(0)), PushAnswers.operationIds(fake.pushBodies.get(1)));
    }

    @Test
    void serverErrorChangesNothing() throws IOException {
        visits.save(Visits.seenNotAlone("C-1001"));
        fake = new FakeServer(body -> new FakeServer.Reply(503,
                "{\"code\":\"server_unavailable\",\"message\":\"Try again later\"}"));

        SyncSummary summary = service(fake.uri(), 500).syncNow();

        assertEquals(0, summary.sent());
        assertEquals(1, summary.stillWaiting());
        assertEquals("The server had a problem (HTTP 503). Your visits are kept on this device; try again later.",
                summary.errorMessage());
        assertEquals(1, visits.outbox().size());
    }

    @Test
    void answerThatIsNotJsonChangesNothing() throws IOException {
        visits.save(Visits.seenNotAlone("C-1001"));
        fake = new FakeServer(body -> FakeServer.Reply.json("<html>Hotel wifi login</html>"));

        SyncSummary summary = service(fake.uri(), 500).syncNow();

        assertEquals(1, summary.stillWaiting());
        assertTrue(summary.errorMessage().startsWith("The server's answer could not be understood (not the expected JSON)"),
                summary.errorMessage());
        assertEquals(SyncState.WAITING, visits.list().get(0).state());
    }

    @Test
    void answerMissingAResultChangesNothingInThatBatch() throws IOException {
        visits.save(Visits.seenNotAlone("C-1001"));
        visits.save(Visits.seenNotAlone("C-1002"));
        fake = new FakeServer(body -> FakeServer.Reply.json("{\"serverTime\":\"2026-01-01T00:00:00Z\",\"results\":[]}"));

        SyncSummary summary = service(fake.uri(), 500).syncNow();

        assertEquals(new SyncSummary(0, 0, 2, "The server's answer could not be understood (expected 2 results, got 0). "
                + "Your visits are kept on this device."), summary);
    }

    @Test
    void conflictFlagsTheVisitWithTheServersReasonAndStopsSendingIt() throws IOException {
        Visit visit = visits.save(Visits.seenNotAlone("C-1001")).visit();
        fake = new FakeServer(body -> PushAnswers.answerAll(body, "conflict"));

        SyncSummary summary = service(fake.uri(), 500).syncNow();

        assertEquals(new SyncSummary(0, 1, 0, null), summary);
        LocalVisit held = visits.find(visit.id()).orElseThrow();
        assertEquals(SyncState.REJECTED, held.state());
        assertEquals("stale_version", held.rejection().code());
        assertTrue(held.note().contains("Changed on the server"), held.note());
        assertEquals(0, visits.outbox().size());
    }

    @Test
    void outboxIsPushedInBatchesOfAtMostTheBatchSize() throws IOException {
        for (int i = 0; i < 5; i++) {
            visits.save(Visits.seenNotAlone("C-100" + i));
        }
        List<OutboxEntry> outbox = visits.outbox();
        fake = new FakeServer(body -> PushAnswers.answerAll(body, "applied"));

        SyncSummary summary = service(fake.uri(), 2).syncNow();

        assertEquals(new SyncSummary(5, 0, 0, null), summary);
        List<Integer> sizes = fake.pushBodies.stream().map(b -> PushAnswers.operationIds(b).size()).toList();
        assertEquals(List.of(2, 2, 1), sizes);
        List<String> sentInOrder = fake.pushBodies.stream().flatMap(b -> PushAnswers.operationIds(b).stream()).toList();
        assertEquals(outbox.stream().map(e -> e.operationId().toString()).toList(), sentInOrder);
    }

    @Test
    void batchSizeAboveTheProtocolMaximumIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> service(URI.create("http://127.0.0.1:1"), 501));
        assertEquals("batchSize must be 1 to 500, was 501", e.getMessage());
    }

    @Test
    void summaryDescribesCountsAndError() {
        assertEquals("Sync: 3 sent, 1 rejected, 0 waiting.", new SyncSummary(3, 1, 0, null).describe());
        assertNull(new SyncSummary(3, 1, 0, null).errorMessage());
        assertEquals("Sync: 0 sent, 0 rejected, 2 waiting. Offline.", new SyncSummary(0, 0, 2, "Offline.").describe());
    }

    /** A sync service for this device, signed in as Sam first when the fake server is up. */
    private SyncService service(URI server, int batchSize) {
        SyncClient client = new SyncClient(server, Duration.ofSeconds(2), Duration.ofSeconds(5));
        LocalWipe wipe = new LocalWipe(database);
        Authenticator auth = new Authenticator(client, new SqliteSessionStore(database), visits, wipe,
                new DeviceIdentity(database.deviceId(), "Test phone"), Clock.systemUTC());
        if (fake != null && auth.currentUser().isEmpty()) {
            assertEquals(new SignInResult.SignedIn(FakeServer.SAM), auth.signIn(FakeServer.USERNAME, FakeServer.PASSWORD));
        }
        Puller pull = new Puller(new SqliteCaseloadStore(database), client, auth, Clock.systemUTC());
        return new SyncService(visits, pull::pullAll, client, auth, wipe, batchSize);
    }
}
