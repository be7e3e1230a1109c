package org.doorstep.mobile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import org.doorstep.mobile.lock.KdfParams;
import org.doorstep.mobile.store.Visits;
import org.doorstep.mobile.sync.FakeServer;
import org.doorstep.mobile.sync.SignInResult;
import org.doorstep.protocol.visit.Visit;

/** A device set up as a person would: signed in once, a PIN chosen, a visit recorded and not sent, app closed. */
final class TestSetUp {
    private TestSetUp() {
    }

    static AppConfig config(URI server, Path dataDir, Duration autoLock) {
        return new AppConfig(server, dataDir).withKdf(KdfParams.FOR_TESTS).withAutoLockAfter(autoLock);
    }

    /** Sets the device up with {@code pin}; returns the unsent visit it holds. */
    static Visit device(AppConfig config, String pin) {
        try (AppLock lock = signedInWithPin(config, pin)) {
            Visit visit = Visits.seenNotAlone("C-1001");
            lock.services().orElseThrow().visits().save(visit);
            return visit;
        }
    }

    /** Sets the device up with {@code pin} and nothing recorded; the app is closed again. */
    static void deviceWithNoVisits(AppConfig config, String pin) {
        signedInWithPin(config, pin).close();
    }

    private static AppLock signedInWithPin(AppConfig config, String pin) {
        AppLock lock = new AppLock(config, Clock.systemDefaultZone(), new SecureRandom());
        lock.start();
        assertInstanceOf(SignInResult.SignedIn.class, lock.signIn(FakeServer.USERNAME, FakeServer.PASSWORD));
        assertEquals(Optional.empty(), lock.choosePin(pin));
        return lock;
    }

    static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
