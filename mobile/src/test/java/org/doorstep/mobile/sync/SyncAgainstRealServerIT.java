package org.doorstep.mobile.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.doorstep.mobile.pull.Puller;
import org.doorstep.mobile.pull.SqliteCaseloadStore;
import org.doorstep.mobile.store.ChildStore;
import org.doorstep.mobile.store.LocalDatabase;
import org.doorstep.mobile.store.LocalVisit;
import org.doorstep.mobile.store.LocalWipe;
import org.doorstep.mobile.store.Rejection;
import org.doorstep.mobile.store.SqliteSessionStore;
import org.doorstep.mobile.store.SqliteVisitStore;
import org.doorstep.mobile.store.StoredSession;
import org.doorstep.mobile.store.SyncState;
import org.doorstep.mobile.store.TestKeys;
import org.doorstep.mobile.store.VisitStore;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.ProtocolJson;
import org.doorstep.protocol.auth.RefreshRequest;
import org.doorstep.protocol.auth.SignInRequest;
import org.doorstep.protocol.visit.ChildSummary;
import org.doorstep.protocol.visit.StoredVisit;
import org.doorstep.protocol.visit.Visit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's sign-in, store and sync code against the real server jar (demo mode) over real HTTP, signed in
 * as the demo social worker sam.worker, whose caseload is C-1001 to C-1005. Each test has its own device
 * database (so its own device id and sign-in) and its own child, so the tests do not depend on each other.
 */
class SyncAgainstRealServerIT {
    private static final ObjectMapper JSON = ProtocolJson.newMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final String USERNAME = "sam.worker";
    private static final String PASSWORD = "doorstep-demo";

    @TempDir
    static Path serverDir;
    static RealServer server;
    /** An access token of Sam's on another device, to read back what the server holds. */
    static String readerToken;

    @TempDir
    Path deviceDir;
    LocalDatabase database;
    VisitStore visits;

    @BeforeAll
    static void startServer() throws Exception {
        server = RealServer.start(serverDir);
        readerToken = new SyncClient(server.uri()).signIn(new SignInRequest(USERNAME, PASSWORD,
                UUID.randomUUID().toString(), "Integration test reader")).accessToken();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openDeviceAndSignIn() {
        database = LocalDatabase.open(deviceDir, TestKeys.fixed());
        visits = new SqliteVisitStore(database);
        SignInResult signedIn = auth(server.uri()).signIn(USERNAME, PASSWORD);
        assertTrue(signedIn instanceof SignInResult.SignedIn, signedIn.toString());
        assertEquals(USERNAME, ((SignInResult.SignedIn) signedIn).user().username());
    }

    @AfterEach
    void closeDevice() {
        database.close();
    }

    @Test
    void recordedVisitsAreMarkedSentAndTheServerHoldsThemWithTheirFields() throws Exception {
        List<Visit> recorded = List.of(
                visits.save(visit("C-1001", 9, true, true, null, "Talked about school.")).visit(),
                visits.save(visit("C-1001", 10, true, false, "Child asked for her foster carer to stay", null)).visit(),
                visits.save(visit("C-1001", 11, false, null, null, "No answer; card left.")).visit());

        SyncSummary summary = sync(server.uri()).syncNow();

        assertEquals(new SyncSummary(3, 0, 0, null), summary);
        for (Visit visit : recorded) {
            LocalVisit local = visits.find(visit.id()).orElseThrow();
            assertEquals(SyncState.SENT, local.state());
            assertEquals(1, local.serverVersion());
        }
        List<StoredVisit> onServer = serverVisits("C-1001", ids(recorded));
        assertEquals(recorded, onServer.stream().map(StoredVisit::visit).toList());
        assertEquals("+09:00", onServer.get(0).visit().occurredAt().getOffset().getId());
        assertTrue(onServer.stream().allMatch(v -> v.version() == 1 && v.latest() && v.receivedAt() != null));
        assertEquals(List.of("C-1001", "C-1002", "C-1003", "C-1004", "C-1005"),
                new ChildStore(database).list().stream().map(ChildSummary::id).sorted().toList());
    }

    @Test
    void fiftyVisitsRecordedWithoutSignalAllArriveOnceWhenTheDeviceIsOnlineAgain() throws Exception {
        List<Visit> recorded = new ArrayList<>();
        for (int n = 0; n < 50; n++) {
            recorded.add(visits.save(visit("C-100" + (1 + n % 5), 8 + n % 12, true, true, null, "Offline visit " + n)).visit());
        }
        URI noSignal;
        try (ServerSocket closed = new ServerSocket(0)) {
            noSignal = URI.create("http://127.0.0.1:" + closed.getLocalPort());
        }

        SyncSummary offline = sync(noSignal).syncNow();

        assertEquals(0, offline.sent());
        assertEquals(50, offline.stillWaiting());
        assertNotNull(offline.errorMessage());

        SyncSummary online = sync(server.uri()).syncNow();

        assertEquals(new SyncSummary(50, 0, 0, null), online);
        assertTrue(recorded.stream().allMatch(v -> visits.find(v.id()).orElseThrow().state() == SyncState.SENT));
        List<StoredVisit> onServer = new ArrayList<>();
        for (int child = 1; child <= 5; child++) {
            onServer.addAll(serverVisits("C-100" + child + "?history=true", ids(recorded)));
        }
        assertEquals(50, onServer.size(), "every version of every visit: each exactly once");
        assertEquals(ids(recorded), onServer.stream().map(v -> v.visit().id()).collect(Collectors.toSet()));
        assertTrue(onServer.stream().allMatch(v -> v.version() == 1));
    }

    @Test
    void aCorrectedVisitIsVersionTwoOnTheServerWithItsHistoryKept() throws Exception {
        Visit original = visits.save(visit("C-1002", 9, true, true, null, "Kitchen tidy.")).visit();
        assertEquals(new SyncSummary(1, 0, 0, null), sync(server.uri()).syncNow());
        Visit corrected = new Visit(original.id(), original.childId(), original.occurredAt(), original.recordedAt().plusHours(2),
                true, false, null, "Kitchen tidy.", Visit.STATUTORY, Visit.CHILD_REFUSED, true, "Wants to stay.",
                "Carer stayed in the room.", "Visit again alone next week.");
        // A second correction made offline before the first was sent: ordered after it, based on version 2.
        Visit again = new Visit(original.id(), original.childId(), original.occurredAt(), original.recordedAt().plusHours(3),
                true, false, null, "Kitchen tidy; fridge stocked.", Visit.STATUTORY, Visit.CHILD_REFUSED, true,
                "Wants to stay.", "Carer stayed in the room.", "Visit again alone next week.");
        visits.correct(corrected);
        visits.correct(again);

        SyncSummary summary = sync(server.uri()).syncNow();

        assertEquals(new SyncSummary(2, 0, 0, null), summary);
        LocalVisit local = visits.find(original.id()).orElseThrow();
        assertEquals(SyncState.SENT, local.state());
        assertEquals(3, local.serverVersion());
        List<StoredVisit> history = serverVisits("C-1002?history=true", Set.of(original.id()));
        assertEquals(List.of(1, 2, 3), history.stream().map(StoredVisit::version).sorted().toList());
        assertEquals(Set.of(original, corrected, again), history.stream().map(StoredVisit::visit).collect(Collectors.toSet()));
        assertEquals(List.of(again), serverVisits("C-1002", Set.of(original.id())).stream().map(StoredVisit::visit).toList());
    }

    @Test
    void visitsWhoseAcknowledgementWasLostAreSentAgainAsDuplicatesAndStoredOnce() throws Exception {
        List<Visit> recorded = List.of(
                visits.save(visit("C-1002", 9, true, true, null, "First")).visit(),
                visits.save(visit("C-1002", 10, true, true, null, "Second")).visit(),
                visits.save(visit("C-1002", 11, true, true, null, "Third")).visit());

        SyncSummary lost;
        try (AnswerLosingProxy proxy = new AnswerLosingProxy(server.uri())) {
            lost = sync(proxy.uri()).syncNow();
            assertEquals(1, proxy.pushesForwarded.get(), "the server must have received and applied the push");
        }
        assertEquals(0, lost.sent());
        assertEquals(3, lost.stillWaiting());
        assertNotNull(lost.errorMessage());
        assertTrue(recorded.stream().allMatch(v -> visits.find(v.id()).orElseThrow().state() == SyncState.WAITING));
        // Batches of two: the first batch reached the server and was applied; the sync stopped there.
        assertEquals(recorded.subList(0, 2), serverVisits("C-1002", ids(recorded)).stream().map(StoredVisit::visit).toList(),
                "the push whose answer was lost was applied on the server");

        SyncSummary retried = sync(server.uri()).syncNow();

        assertEquals(new SyncSummary(3, 0, 0, null), retried);
        assertTrue(recorded.stream().allMatch(v -> visits.find(v.id()).orElseThrow().state() == SyncState.SENT));
        List<StoredVisit> everyVersion = serverVisits("C-1002?history=true", ids(recorded));
        assertEquals(recorded, everyVersion.stream().map(StoredVisit::visit).toList(), "exactly one copy of each");
        assertTrue(everyVersion.stream().allMatch(v -> v.version() == 1));
    }

    @Test
    void visitForAChildTheServerDoesNotKnowIsRejectedWhileTheOthersAreSent() throws Exception {
        Visit first = visits.save(visit("C-1003", 9, true, true, null, null)).visit();
        Visit unknown = visits.save(visit("C-9999", 10, true, true, null, null)).visit();
        Visit last = visits.save(visit("C-1003", 11, true, true, null, null)).visit();

        SyncSummary summary = sync(server.uri()).syncNow();

        assertEquals(new SyncSummary(2, 1, 0, null), summary);
        assertEquals(SyncState.SENT, visits.find(first.id()).orElseThrow().state());
        assertEquals(SyncState.SENT, visits.find(last.id()).orElseThrow().state());
        LocalVisit rejected = visits.find(unknown.id()).orElseThrow();
        assertEquals(SyncState.REJECTED, rejected.state());
        Rejection rejection = rejected.rejection();
        assertEquals("child_not_in_scope", rejection.code());
        assertEquals("visit.childId", rejection.field());
        assertEquals("This child is not in your caseload; nothing was stored", rejection.message());
        assertEquals(List.of(), visits.outbox());
        assertEquals(List.of(first, last), serverVisits("C-1003", Set.of(first.id(), unknown.id(), last.id()))
                .stream().map(StoredVisit::visit).toList());
    }

    @Test
    void wrongPasswordIsRefusedAndTheStoredSignInIsKept() {
        String stored = storedRefreshToken();

        SignInResult refused = auth(server.uri()).signIn(USERNAME, "not-the-password");

        assertEquals(SignInResult.Reason.INVALID_CREDENTIALS, ((SignInResult.Refused) refused).reason());
        assertEquals(stored, storedRefreshToken());
    }

    @Test
    void refreshRotatesTheRefreshTokenAndTheOldOneStopsWorking() throws Exception {
        String first = storedRefreshToken();

        // A fresh Authenticator holds no access token: its first request refreshes.
        assertEquals(new SyncSummary(0, 0, 0, null), sync(server.uri()).syncNow());

        String second = storedRefreshToken();
        assertNotEquals(first, second);
        SyncFailure.Refused reused = assertThrows(SyncFailure.Refused.class, () -> new SyncClient(server.uri())
                .refresh(new RefreshRequest(database.deviceId(), first)));
        assertEquals(401, reused.status());
        assertEquals(ErrorCode.INVALID_REFRESH_TOKEN, reused.error().orElseThrow().code());
    }

    @Test
    void signOutEndsTheSignInOnTheServer() throws Exception {
        Authenticator auth = auth(server.uri());
        assertTrue(auth.signIn(USERNAME, PASSWORD) instanceof SignInResult.SignedIn);
        String stored = storedRefreshToken(); // Current: the sign-out below needs no refresh, so no rotation.

        SignOutResult result = auth.signOut();

        assertTrue(result.signedOut(), result.message());
        assertEquals(Optional.empty(), new SqliteSessionStore(database).load());
        SyncFailure.Refused refused = assertThrows(SyncFailure.Refused.class, () -> new SyncClient(server.uri())
                .refresh(new RefreshRequest(database.deviceId(), stored)));
        assertEquals(ErrorCode.INVALID_REFRESH_TOKEN, refused.error().orElseThrow().code());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheRefusalSaysUntilWhen() {
        // omar.officer, so that Sam's sign-ins in the other tests are not locked out.
        Authenticator auth = auth(server.uri());
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertEquals(SignInResult.Reason.INVALID_CREDENTIALS,
                    ((SignInResult.Refused) auth.signIn("omar.officer", "wrong-" + attempt)).reason(), "attempt " + attempt);
        }
        assertEquals(SignInResult.Reason.ACCOUNT_LOCKED, ((SignInResult.Refused) auth.signIn("omar.officer", "wrong-5")).reason());

        SignInResult withTheRightPassword = auth.signIn("omar.officer", PASSWORD);

        SignInResult.Refused locked = (SignInResult.Refused) withTheRightPassword;
        assertEquals(SignInResult.Reason.ACCOUNT_LOCKED, locked.reason());
        assertTrue(locked.message().startsWith("This account is locked. "), locked.message());
        assertTrue(locked.message().matches(".*until .*\\d{2}:\\d{2}.*"), "the time it unlocks: " + locked.message());
        assertEquals(USERNAME, new SqliteSessionStore(database).load().orElseThrow().user().username(),
                "the refused attempts leave Sam's stored sign-in alone");
    }

    @Test
    void afterSamSignsOutAColleagueCanSignInOnTheSameDevice() {
        Authenticator auth = auth(server.uri());
        assertTrue(auth.signOut().signedOut());

        SignInResult maria = auth.signIn("maria.manager", PASSWORD);

        assertTrue(maria instanceof SignInResult.SignedIn, maria.toString());
        assertEquals("maria.manager", new SqliteSessionStore(database).load().orElseThrow().user().username());
    }

    @Test
    void requestsWithoutAnAccessTokenAreRefused() throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/api/children"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(401, response.statusCode());
        assertEquals(ErrorCode.UNAUTHENTICATED, JSON.readValue(response.body(), ApiError.class).code());
    }

    private String storedRefreshToken() {
        return new SqliteSessionStore(database).load().flatMap(StoredSession::currentRefreshToken).orElseThrow();
    }

    private Authenticator auth(URI uri) {
        return new Authenticator(client(uri), new SqliteSessionStore(database), visits, new LocalWipe(database),
                new DeviceIdentity(database.deviceId(), "Integration test phone"), Clock.systemUTC());
    }

    /** A sync as the app runs it after a restart: the stored sign-in, no access token yet. */
    private SyncService sync(URI uri) {
        Authenticator auth = auth(uri);
        Puller pull = new Puller(new SqliteCaseloadStore(database), client(uri), auth, Clock.systemUTC());
        return new SyncService(visits, pull::pullAll, client(uri), auth, new LocalWipe(database), 2);
    }

    private static SyncClient client(URI uri) {
        return new SyncClient(uri, Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    /** A visit today at {@code hour}:00 Tokyo time (the tests' zone is not UTC on purpose). */
    private static Visit visit(String childId, int hour, boolean seen, Boolean alone, String reason, String notes) {
        OffsetDateTime occurred = OffsetDateTime.now(ZoneOffset.ofHours(9)).minusDays(1)
                .withHour(hour).withMinute(0).withSecond(0).withNano(0);
        return new Visit(UUID.randomUUID(), childId, occurred, occurred.plusMinutes(30), seen, alone, reason, notes,
                Visit.STATUTORY, null, null, null, null, null);
    }

    private static Set<UUID> ids(List<Visit> visits) {
        return visits.stream().map(Visit::id).collect(Collectors.toSet());
    }

    /** {@code GET /api/children/{path}/visits}, keeping only the visits in {@code ids}, oldest first. */
    private static List<StoredVisit> serverVisits(String childPath, Set<UUID> ids) throws IOException, InterruptedException {
        String[] parts = childPath.split("\\?", 2);
        URI uri = server.uri().resolve("/api/children/" + parts[0] + "/visits" + (parts.length > 1 ? "?" + parts[1] : ""));
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(uri).header("Accept", "application/json")
                .header("Authorization", "Bearer " + readerToken).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        List<StoredVisit> all = JSON.readValue(response.body(), new TypeReference<List<StoredVisit>>() { });
        return all.stream().filter(v -> ids.contains(v.visit().id())).toList();
    }
}
