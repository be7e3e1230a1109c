package org.doorstep.mobile.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.doorstep.mobile.store.LocalVisit;
import org.doorstep.mobile.store.SyncState;
import org.doorstep.mobile.store.Visits;
import org.doorstep.protocol.visit.Visit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A device an administrator revoked: it pushes what it holds, then wipes what the server holds; never the unsent. */
class RevocationTest {
    private static final String ONE_CHILD = "[{\"id\":\"C-1001\",\"displayName\":\"Ava Example\"}]";

    @TempDir
    Path dataDir;
    FakeServer fake;
    TestDevice device;
    final AtomicBoolean pushFails = new AtomicBoolean();

    @BeforeEach
    void signInAndSyncOnce() throws IOException {
        fake = new FakeServer(body -> pushFails.get()
                ? new FakeServer.Reply(503, "{\"code\":\"server_unavailable\",\"message\":\"Try again later\"}")
                : PushAnswers.answerAll(body, "applied"));
        fake.children = ONE_CHILD;
        device = new TestDevice(dataDir, fake.uri(), Clock.systemUTC());
        device.auth.signIn(FakeServer.USERNAME, FakeServer.PASSWORD);
        device.visits.save(Visits.seenNotAlone("C-1001"));
        assertEquals(new SyncSummary(1, 0, 0, null), device.sync().syncNow());
        assertEquals(1, device.children.list().size());
    }

    @AfterEach
    void stop() {
        device.close();
        fake.close();
    }

    @Test
    void refreshOnARevokedDevicePushesEverythingUnsentThenWipes() {
        device.visits.save(Visits.seenNotAlone("C-1001"));
        device.visits.save(Visits.notSeen("C-1002"));
        String refreshBefore = device.storedRefreshToken();
        fake.revokeDevice();
        fake.expireAccessTokens();

        SyncSummary summary = device.sync().syncNow();

        assertEquals(SyncSummary.Session.REVOKED_AND_WIPED, summary.session());
        assertEquals(2, summary.sent());
        assertEquals(0, summary.stillWaiting());
        assertEquals("An administrator revoked this device. Every visit was sent first; the sent visits, the children "
                + "list and the sign-in were then removed from this device.", summary.errorMessage());
        assertEquals(List.of(refreshBefore), fake.refreshes.stream().map(r -> r.refreshToken()).toList());
        assertEquals(2, fake.pushBodies.size(), "the first sync's push and the push-only one");
        assertEquals(2, PushAnswers.operationIds(fake.pushBodies.get(1)).size());
        assertEquals(List.of(), device.visits.list());
        assertEquals(List.of(), device.children.list());
        assertEquals(Optional.empty(), device.sessions.load());
        assertEquals(Optional.empty(), device.auth.currentUser());
    }

    @Test
    void readRefusedAsRevokedAfterThePushStillWipes() {
        device.visits.save(Visits.seenNotAlone("C-1003"));
        fake.revokeDevice(); // The access token in memory is still valid: the push goes through, the read is refused.

        SyncSummary summary = device.sync().syncNow();

        assertEquals(SyncSummary.Session.REVOKED_AND_WIPED, summary.session());
        assertEquals(1, summary.sent());
        assertEquals(List.of(), device.visits.list());
        assertEquals(List.of(), device.children.list());
        assertEquals(Optional.empty(), device.sessions.load());
    }

    @Test
    void rejectedVisitsAreNotWipedBecauseTheServerDoesNotHoldThem() throws IOException {
        fake.close();
        fake = new FakeServer(body -> PushAnswers.answerAll(body, "rejected"));
        TestDevice other = new TestDevice(dataDir.resolve("other"), fake.uri(), Clock.systemUTC());
        try {
            other.auth.signIn(FakeServer.USERNAME, FakeServer.PASSWORD);
            Visit rejected = other.visits.save(Visits.seenNotAlone("C-9999")).visit();
            fake.revokeDevice();

            SyncSummary summary = other.sync().syncNow();

            assertEquals(SyncSummary.Session.REVOKED_AND_WIPED, summary.session());
            assertTrue(summary.errorMessage().endsWith(" 1 visit the server rejected is kept on this device."),
                    summary.errorMessage());
            assertEquals(List.of(rejected), other.visits.list().stream().map(LocalVisit::visit).toList());
            assertEquals(SyncState.REJECTED, other.visits.list().get(0).state());
        } finally {
            other.close();
        }
    }

    @Test
    void pushFailureDuringRevocationKeepsTheUnsentVisitsAndSaysSo() {
        Visit unsent = device.visits.save(Visits.seenNotAlone("C-1004")).visit();
        fake.revokeDevice();
        fake.expireAccessTokens();
        pushFails.set(true);

        SyncSummary summary = device.sync().syncNow();

        assertEquals(SyncSummary.Session.REVOKED_UNSENT_KEPT, summary.session());
        assertEquals(new SyncSummary(0, 0, 1, summary.errorMessage(), SyncSummary.Session.REVOKED_UNSENT_KEPT), summary);
        assertEquals("An administrator revoked this device. 1 visit could not be sent and is kept on this device: "
                + "press Sync now again when you have a connection. Why: The server had a problem (HTTP 503). Your "
                + "visits are kept on this device; try again later. The sent visits and the children list were removed.",
                summary.errorMessage());
        assertEquals(List.of(unsent), device.visits.list().stream().map(LocalVisit::visit).toList());
        assertEquals(SyncState.WAITING, device.visits.list().get(0).state());
        assertEquals(1, device.visits.outbox().size());
        assertEquals(List.of(), device.children.list());
        assertTrue(device.auth.currentUser().isPresent(), "the refresh token is kept to push later");

        // The server is back: the next sync sends it with a push-only token, then wipes.
        pushFails.set(false);
        SyncSummary later = device.sync().syncNow();

        assertEquals(SyncSummary.Session.REVOKED_AND_WIPED, later.session());
        assertEquals(1, later.sent());
        assertEquals(List.of(), device.visits.list());
        assertEquals(Optional.empty(), device.sessions.load());
    }
}
