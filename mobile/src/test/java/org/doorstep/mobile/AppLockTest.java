package org.doorstep.mobile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.doorstep.mobile.lock.KdfParams;
import org.doorstep.mobile.lock.UnlockResult;
import org.doorstep.mobile.lock.Vault;
import org.doorstep.mobile.store.LegacyFiles;
import org.doorstep.mobile.store.LegacyMigration;
import org.doorstep.mobile.store.LocalDatabase;
import org.doorstep.mobile.store.LocalVisit;
import org.doorstep.mobile.store.SyncState;
import org.doorstep.mobile.store.Visits;
import org.doorstep.mobile.sync.FakeServer;
import org.doorstep.mobile.sync.SignInResult;
import org.doorstep.protocol.visit.Visit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock's stages without the UI: set-up, PIN, wrong PINs, lock-out and unlocking by signing in, upgrade. */
class AppLockTest {
    static final String PIN = "270419";

    @TempDir
    Path dataDir;
    FakeServer fake;
    AppLock lock;

    @BeforeEach
    void start() throws IOException {
        fake = new FakeServer(body -> FakeServer.Reply.json("{}"));
        lock = newLock();
    }

    @AfterEach
    void stop() {
        lock.close();
        fake.close();
    }

    @Test
    void firstStartSignsInThenAPinIsChosenAndTheKeyFileWritten() {
        assertEquals(AppLock.Stage.SIGN_IN_TO_SET_UP, lock.start());
        assertFalse(Files.exists(dataDir.resolve("doorstep.key")));

        assertInstanceOf(SignInResult.SignedIn.class, lock.signIn(FakeServer.USERNAME, FakeServer.PASSWORD));
        assertEquals(AppLock.Stage.CHOOSE_PIN, lock.stage());
        assertEquals(Optional.of("Choose a PIN that is harder to guess than 123456."), lock.choosePin("123456"));
        assertEquals(AppLock.Stage.CHOOSE_PIN, lock.stage());

        assertEquals(Optional.empty(), lock.choosePin(PIN));

        assertEquals(AppLock.Stage.UNLOCKED, lock.stage());
        assertEquals(Vault.State.LOCKED, lock.vault().state());
        assertEquals(Optional.of("sam.worker"), lock.vault().owner());
        assertEquals(Optional.of(lock.services().orElseThrow().database().deviceId()), lock.vault().deviceId());
        assertTrue(lock.vault().hasRecovery());
    }

    @Test
    void lockingClosesTheDatabaseAndTheRightPinOpensItAgainWithTheVisits() {
        Visit visit = setUpAndRecordAVisit();
        LocalDatabase database = lock.services().orElseThrow().database();

        lock.lock();

        assertEquals(AppLock.Stage.LOCKED, lock.stage());
        assertFalse(database.isOpen());
        assertEquals(Optional.empty(), lock.services());
        assertInstanceOf(UnlockResult.WrongPin.class, lock.unlock("583921"));
        assertEquals(Optional.empty(), lock.services());

        assertInstanceOf(UnlockResult.Unlocked.class, lock.unlock(PIN));

        assertEquals(AppLock.Stage.UNLOCKED, lock.stage());
        assertEquals(SyncState.WAITING, lock.services().orElseThrow().visits().find(visit.id()).orElseThrow().state());
        assertEquals(Optional.of(FakeServer.SAM), lock.services().orElseThrow().auth().currentUser());
    }

    @Test
    void fiveWrongPinsNeedTheOnlineSignInWhichUnlocksTheSameRecordsForANewPin() {
        Visit visit = setUpAndRecordAVisit();
        lock.close();
        lock = newLock();
        assertEquals(AppLock.Stage.LOCKED, lock.start());

        for (int left = 4; left >= 1; left--) {
            assertEquals(new UnlockResult.WrongPin(left), lock.unlock("99999" + left));
        }
        assertEquals(new UnlockResult.LockedOut(), lock.unlock("999990"));
        assertEquals(AppLock.Stage.LOCKED_OUT, lock.stage());
        assertEquals(new UnlockResult.LockedOut(), lock.unlock(PIN));
        assertEquals("sam.worker", lock.lastUsername(), "the sign-in screen is filled in from the key file");

        SignInResult wrongPassword = lock.signIn(FakeServer.USERNAME, "not-the-password");
        assertEquals(SignInResult.Reason.INVALID_CREDENTIALS, ((SignInResult.Refused) wrongPassword).reason());
        assertEquals(AppLock.Stage.LOCKED_OUT, lock.stage());

        assertInstanceOf(SignInResult.SignedIn.class, lock.signIn(FakeServer.USERNAME, FakeServer.PASSWORD));

        assertEquals(AppLock.Stage.CHOOSE_PIN, lock.stage());
        assertEquals(lock.vault().deviceId().orElseThrow(), fake.signIns.get(1).deviceId(), "signed in as this device");
        LocalVisit kept = lock.services().orElseThrow().visits().find(visit.id()).orElseThrow();
        assertEquals(SyncState.WAITING, kept.state(), "the unsent visit is kept");
        assertEquals(1, lock.services().orElseThrow().visits().outbox().size());

        assertEquals(Optional.empty(), lock.choosePin("583920"));
        lock.lock();
        assertEquals(AppLock.Stage.LOCKED, lock.stage());
        assertInstanceOf(UnlockResult.WrongPin.class, lock.unlock(PIN), "the old PIN no longer works");
        assertInstanceOf(UnlockResult.Unlocked.class, lock.unlock("583920"));
        assertEquals(visit, lock.services().orElseThrow().visits().find(visit.id()).orElseThrow().visit());
    }

    @Test
    void aForgottenPinCanBeReplacedBySigningInWithoutUsingUpTheTries() {
        setUpAndRecordAVisit();
        lock.lock();

        assertInstanceOf(SignInResult.SignedIn.class, lock.signIn(FakeServer.USERNAME, FakeServer.PASSWORD));

        assertEquals(AppLock.Stage.CHOOSE_PIN, lock.stage());
        assertEquals(Optional.empty(), lock.choosePin("583920"));
        assertEquals(1, lock.services().orElseThrow().visits().countWaiting());
    }

    @Test
    void aSetUpLeftBeforeThePinIsThrownAwayAtTheNextStart() {
        lock.start();
        lock.signIn(FakeServer.USERNAME, FakeServer.PASSWORD);
        String firstDeviceId = lock.services().orElseThrow().database().deviceId();
        lock.close(); // the app is closed on the PIN screen

        AppLock again = newLock();
        try {
            assertEquals(AppLock.Stage.SIGN_IN_TO_SET_UP, again.start());
            assertFalse(firstDeviceId.equals(again.services().orElseThrow().database().deviceId()),
                    "a new database: the old one's key was never stored");
        } finally {
            again.close();
        }
    }

    @Test
    void anUpgradeMovesTheUnsentVisitsAndDeletesTheOldFileOnlyOnceThePinIsSet() throws Exception {
        LegacyFiles.writeVersion2File(dataDir.resolve(LegacyMigration.FILE_NAME));

        assertEquals(AppLock.Stage.SIGN_IN_TO_SET_UP, lock.start());
        assertEquals(2, lock.services().orElseThrow().visits().countWaiting());
        assertEquals("sam.worker", lock.lastUsername());
        assertTrue(LegacyMigration.present(dataDir));
        lock.signIn(FakeServer.USERNAME, FakeServer.PASSWORD);
        assertTrue(LegacyMigration.present(dataDir), "kept until the key is stored");

        lock.choosePin(PIN);

        assertFalse(LegacyMigration.present(dataDir));
        assertEquals("device-from-version-2", lock.vault().deviceId().orElseThrow(), "the device keeps its identity");
        assertEquals("device-from-version-2", fake.signIns.get(0).deviceId());
        lock.lock();
        assertInstanceOf(UnlockResult.Unlocked.class, lock.unlock(PIN));
        assertEquals(2, lock.services().orElseThrow().visits().countWaiting());
    }

    @Test
    void anUpgradeLeftBeforeThePinStartsAgainFromTheOldFile() throws Exception {
        LegacyFiles.writeVersion2File(dataDir.resolve(LegacyMigration.FILE_NAME));
        lock.start();
        lock.services().orElseThrow().visits().save(Visits.notSeen("C-1001")); // cannot happen in the app; dropped
        lock.close();

        AppLock again = newLock();
        try {
            again.start();
            assertEquals(2, again.services().orElseThrow().visits().countWaiting(), "moved again from the old file");
        } finally {
            again.close();
        }
    }

    @Test
    void whenAnotherPersonSignsInAfterASignOutTheyChooseTheirOwnPin() {
        setUpAndRecordAVisit();
        AppServices services = lock.services().orElseThrow();
        services.visits().applyResults(List.of(org.doorstep.protocol.push.MutationResult.applied(
                services.visits().outbox().get(0).operationId(), services.visits().list().get(0).visit().id(), 1)));
        assertTrue(services.auth().signOut().signedOut());
        assertEquals(AppLock.Stage.UNLOCKED, lock.stage());

        // The fake knows one person; a sign-in as them after a sign-out keeps the PIN.
        assertInstanceOf(SignInResult.SignedIn.class, lock.signIn(FakeServer.USERNAME, FakeServer.PASSWORD));
        assertEquals(AppLock.Stage.UNLOCKED, lock.stage(), "the same person keeps their PIN");
    }

    private Visit setUpAndRecordAVisit() {
        lock.start();
        lock.signIn(FakeServer.USERNAME, FakeServer.PASSWORD);
        assertEquals(Optional.empty(), lock.choosePin(PIN));
        Visit visit = Visits.seenNotAlone("C-1001");
        lock.services().orElseThrow().visits().save(visit);
        return visit;
    }

    private AppLock newLock() {
        return new AppLock(new AppConfig(fake.uri(), dataDir).withKdf(KdfParams.FOR_TESTS), Clock.systemUTC(),
                new SecureRandom());
    }
}
