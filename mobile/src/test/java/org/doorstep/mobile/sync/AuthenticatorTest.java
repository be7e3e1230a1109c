package org.doorstep.mobile.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.doorstep.mobile.store.SqliteMissingStore;
import org.doorstep.mobile.store.SyncState;
import org.doorstep.mobile.store.Visits;
import org.doorstep.protocol.auth.RefreshRequest;
import org.doorstep.protocol.auth.SignInRequest;
import org.doorstep.protocol.auth.SignedInUser;
import org.doorstep.protocol.missing.MissingEpisode;
import org.doorstep.protocol.visit.Visit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-in, refresh on an expired access token, rotation and a sign-in the server ended, against the fake server. */
class AuthenticatorTest {
    /** London in winter: the locked-until time is shown as the device's wall clock. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dataDir;
    FakeServer fake;
    TestDevice device;

    @BeforeEach
    void start() throws IOException {
        fake = new FakeServer(body -> PushAnswers.answerAll(body, "applied"));
        device = new TestDevice(dataDir, fake.uri(), CLOCK);
    }

    @AfterEach
    void stop() {
        device.close();
        fake.close();
    }

    @Test
    void signInStoresTheRefreshTokenAndRegistersThisDevice() {
        SignInResult result = device.auth.signIn("  sam.worker ", FakeServer.PASSWORD);

        assertEquals(new SignInResult.SignedIn(FakeServer.SAM), result);
        assertEquals(List.of(new SignInRequest(FakeServer.USERNAME, FakeServer.PASSWORD, device.database.deviceId(),
                TestDevice.NAME)), fake.signIns);
        assertEquals(fake.currentRefreshToken(), device.storedRefreshToken());
        assertEquals(Optional.of(FakeServer.SAM), device.auth.currentUser());
        assertEquals(CLOCK.instant(), device.sessions.load().orElseThrow().signedInAt());
    }

    @Test
    void wrongPasswordIsRefusedAndNothingIsStored() {
        SignInResult result = device.auth.signIn(FakeServer.USERNAME, "wrong");

        assertEquals(new SignInResult.Refused(SignInResult.Reason.INVALID_CREDENTIALS,
                "Wrong username or password. Check both and try again."), result);
        assertEquals(Optional.empty(), device.sessions.load());
        assertEquals(Optional.empty(), device.auth.currentUser());
    }

    @Test
    void lockedAccountSaysUntilWhenInTheDevicesTime() {
        fake.lockAccount("Too many failed sign-ins. Try again after 2026-06-01T14:45:00Z.");

        SignInResult result = device.auth.signIn(FakeServer.USERNAME, FakeServer.PASSWORD);

        assertEquals(new SignInResult.Refused(SignInResult.Reason.ACCOUNT_LOCKED, "This account is locked. "
                + "Too many failed sign-ins. Try again after 15:45 on 1 Jun 2026."), result);
        assertEquals(Optional.empty(), device.sessions.load());
    }

    @Test
    void lockedAccountShowsTheServersWordingWhenItCarriesNoInstant() {
        // The wording of the Doorstep server: the time is already local to the UK.
        fake.lockAccount("Too many wrong passwords: sign-in is locked until 23 Nov 2026 15:15 (UK time), "
                + "or until an administrator unlocks the account");

        SignInResult result = device.auth.signIn(FakeServer.USERNAME, FakeServer.PASSWORD);

        assertEquals(new SignInResult.Refused(SignInResult.Reason.ACCOUNT_LOCKED, "This account is locked. "
                + "Too many wrong passwords: sign-in is locked until 23 Nov 2026 15:15 (UK time), "
                + "or until an administrator unlocks the account."), result);
    }

    @Test
    void aDeviceSomeoneElseIsSignedInOnSaysTheyMustSignOutFirst() {
        fake.registerDeviceToAnotherPerson();

        SignInResult result = device.auth.signIn(FakeServer.USERNAME, FakeServer.PASSWORD);

        assertEquals(SignInResult.Reason.DEVICE_OF_ANOTHER_PERSON, ((SignInResult.Refused) result).reason());
        assertEquals("Someone else is still signed in on this device on the server: they must sign in and sign out "
                + "on it before anyone else can sign in.", ((SignInResult.Refused) result).message());
        assertEquals(Optional.empty(), device.sessions.load());
    }

    @Test
    void revokedDeviceCannotSignIn() {
        fake.revokeDevice();

        SignInResult result = device.auth.signIn(FakeServer.USERNAME, FakeServer.PASSWORD);

        assertEquals(SignInResult.Reason.DEVICE_REVOKED, ((SignInResult.Refused) result).reason());
        assertEquals("An administrator has revoked this device: nobody can sign in on it. Ask your administrator.",
                ((SignInResult.Refused) result).message());
        assertEquals(Optional.empty(), device.sessions.load());
    }

    @Test
    void unreachableServerSaysTheFirstSignInNeedsAConnection() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (TestDevice offline = new TestDevice(dataDir.resolve("offline"), URI.create("http://127.0.0.1:" + closedPort),
                CLOCK)) {
            SignInResult.Refused result = (SignInResult.Refused) offline.auth.signIn(FakeServer.USERNAME, FakeServer.PASSWORD);

            assertEquals(SignInResult.Reason.UNREACHABLE, result.reason());
            assertTrue(result.message().startsWith("Cannot reach the server (127.0.0.1:" + closedPort), result.message());
            assertTrue(result.message().endsWith("Signing in needs a connection; try again when you have signal."),
                    result.message());
        }
    }

    @Test
    void emptyUsernameOrPasswordIsRefusedWithoutAskingTheServer() {
        assertEquals(SignInResult.Reason.MISSING_DETAILS, ((SignInResult.Refused) device.auth.signIn(" ", "x")).reason());
        assertEquals(SignInResult.Reason.MISSING_DETAILS,
                ((SignInResult.Refused) device.auth.signIn(FakeServer.USERNAME, "")).reason());
        assertEquals(List.of(), fake.signIns);
    }

    @Test
    void someoneElseCannotSignInWhileAnotherPersonsVisitsWaitToBeSent() {
        SignedInUser maria = new SignedInUser("U-MARIA", "maria.manager", "Maria Manager", List.of("team_manager"));
        device.sessions.signedIn(maria, "refresh-of-maria", CLOCK.instant());
        device.sessions.ended();
        device.visits.save(Visits.seenNotAlone("C-1001"));

        SignInResult result = device.auth.signIn(FakeServer.USERNAME, FakeServer.PASSWORD);

        assertEquals(new SignInResult.Refused(SignInResult.Reason.OTHER_USER_HAS_UNSENT, "This device holds 1 visit "
                + "recorded by maria.manager and not sent yet. maria.manager must sign in to send them first."), result);
        assertEquals(List.of(), fake.signIns);
        assertEquals(1, device.visits.outbox().size());
    }

    @Test
    void expiredAccessTokenIsRefreshedOnceAndThePushRetried() {
        device.auth.signIn(FakeServer.USERNAME, FakeServer.PASSWORD);
        Visit visit = device.visits.save(Visits.seenNotAlone("C-1001")).visit();
        fake.expireAccessTokens();

        SyncSummary summary = device.sync().syncNow();

        assertEquals(new SyncSummary(1, 0, 0, null), summary);
        assertEquals(SyncState.SENT, device.visits.find(visit.id()).orElseThrow().state());
        assertEquals(List.of("/api/sync/v1/push"), fake.unauthenticated, "refused once, then retried");
        assertEquals(1, fake.refreshes.size());
        assertEquals(1, fake.pushBodies.size(), "only the retried push reached the fake's push handler");
        assertEquals(device.database.deviceId(), PushAnswers.deviceId(fake.pushBodies.get(0)),
                "the push names the device that signed in");
    }

    @Test
    void refreshStoresTheRotatedRefreshToken() {
        device.auth.signIn(FakeServer.USERNAME, FakeServer.PASSWORD);
        String first = device.storedRefreshToken();
        fake.expireAccessTokens();

        assertEquals(new SyncSummary(0, 0, 0, null), device.sync().syncNow());

        assertEquals(List.of(new RefreshRequest(device.database.deviceId(), first)), fake.refreshes);
        String rotated = device.storedRefreshToken();
        assertEquals(fake.currentRefreshToken(), rotated);
        assertTrue(!rotated.equals(first), "a new refresh token replaces the old one");

        // The app restarts: no access token in memory; the rotated refresh token is the one used.
        Authenticator afterRestart = new Authenticator(device.client, device.sessions, device.visits, device.wipe,
                device.auth.device(), CLOCK);
        assertEquals(new SyncSummary(0, 0, 0, null),
                new SyncService(device.visits, device.puller(afterRestart)::pullAll, device.client, afterRestart, device.wipe)
                        .syncNow());
        assertEquals(rotated, fake.refreshes.get(1).refreshToken());
    }

    @Test
    void endedSignInSendsThePersonToSignInAgainAndKeepsUnsentVisits() {
        device.auth.signIn(FakeServer.USERNAME, FakeServer.PASSWORD);
        Visit first = device.visits.save(Visits.seenNotAlone("C-1001")).visit();
        Visit second = device.visits.save(Visits.notSeen("C-1002")).visit();
        fake.expireAccessTokens();
        fake.forgetRefreshToken();

        SyncSummary summary = device.sync().syncNow();

        assertEquals(SyncSummary.Session.SIGN_IN_REQUIRED, summary.session());
        assertEquals(2, summary.stillWaiting());
        assertEquals("Your sign-in has ended: sign in again. Visits not sent yet are kept on this device and are sent "
                + "after you sign in.", summary.errorMessage());
        assertEquals(Optional.empty(), device.auth.currentUser());
        assertEquals(Optional.of(FakeServer.USERNAME), device.auth.lastUsername());
        assertEquals(2, device.visits.outbox().size());
        assertEquals(List.of(), fake.pushBodies);

        assertEquals(new SignInResult.SignedIn(FakeServer.SAM), device.auth.signIn(FakeServer.USERNAME, FakeServer.PASSWORD));
        assertEquals(new SyncSummary(2, 0, 0, null), device.sync().syncNow());
        assertEquals(SyncState.SENT, device.visits.find(first.id()).orElseThrow().state());
        assertEquals(SyncState.SENT, device.visits.find(second.id()).orElseThrow().state());
    }

    @Test
    void signOutTellsTheServerAndRemovesWhatItHolds() {
        device.auth.signIn(FakeServer.USERNAME, FakeServer.PASSWORD);
        device.visits.save(Visits.seenNotAlone("C-1001"));
        fake.children = "[{\"id\":\"C-1001\",\"displayName\":\"Ava Example\"}]";
        assertEquals(new SyncSummary(1, 0, 0, null), device.sync().syncNow());
        assertEquals(1, device.children.list().size());

        SignOutResult result = device.auth.signOut();

        assertEquals(new SignOutResult(true, 0, "Signed out. Sent visits and the children list were removed from this "
                + "device."), result);
        assertEquals(1, fake.signOuts.get());
        assertEquals(null, fake.currentRefreshToken());
        assertEquals(Optional.empty(), device.sessions.load());
        assertEquals(List.of(), device.visits.list());
        assertEquals(List.of(), device.children.list());
    }

    @Test
    void aMissingEpisodeNotSentYetHoldsTheSignOutAndAnotherPersonsSignInLikeAVisit() {
        SqliteMissingStore missing = new SqliteMissingStore(device.database, CLOCK);
        Authenticator auth = new Authenticator(device.client, device.sessions, device.visits, missing::countWaiting,
                device.wipe, device.auth.device(), CLOCK, deviceKey -> { });
        auth.signIn(FakeServer.USERNAME, FakeServer.PASSWORD);
        OffsetDateTime went = OffsetDateTime.parse("2026-11-21T21:30:00Z");
        missing.saveEpisode(new MissingEpisode(UUID.randomUUID(), "C-1001", went, went.plusHours(20), went.plusHours(1),
                "MP-1", null), null);

        SignOutResult result = auth.signOut();

        assertEquals(new SignOutResult(false, 1, "You have 1 record (visits, missing episodes, return interviews) not "
                + "sent yet. Press Sync now to send it before signing out."), result);
        assertEquals(0, fake.signOuts.get());
        device.sessions.ended(); // as if Sam's sign-in had ended some other way
        SignInResult other = auth.signIn("maria.manager", FakeServer.PASSWORD);
        assertEquals(SignInResult.Reason.OTHER_USER_HAS_UNSENT, ((SignInResult.Refused) other).reason(),
                "nobody else may send Sam's record under their own name");
        assertEquals(1, missing.countWaiting());
    }

    @Test
    void signOutIsRefusedWhileVisitsWaitToBeSent() {
        device.auth.signIn(FakeServer.USERNAME, FakeServer.PASSWORD);
        device.visits.save(Visits.seenNotAlone("C-1001"));
        device.visits.save(Visits.seenNotAlone("C-1002"));

        SignOutResult result = device.auth.signOut();

        assertEquals(new SignOutResult(false, 2, "You have 2 visits not sent yet. Press Sync now to send them before "
                + "signing out."), result);
        assertEquals(0, fake.signOuts.get());
        assertEquals(Optional.of(FakeServer.SAM), device.auth.currentUser());
        assertEquals(2, device.visits.list().size());
    }
}
