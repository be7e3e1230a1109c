package org.doorstep.mobile;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.doorstep.mobile.lock.KdfParams;
import org.doorstep.mobile.lock.UnlockResult;
import org.doorstep.mobile.sync.SyncScheduler;
import org.doorstep.mobile.visit.SaveResult;
import org.doorstep.mobile.visit.VisitDraft;

/**
 * A second JVM for {@code KillAfterSaveIT}: the app's own code unlocks the device with the PIN, records a
 * visit through the form's recorder (its commit asks the scheduler for a push in a minute), prints
 * {@code SAVED <visit id>} and waits, to be killed with {@code kill -9} before the push.
 *
 * <p>Arguments: data directory, server URL, PIN, child id.
 */
public final class RecordThenWait {
    private RecordThenWait() {
    }

    public static void main(String[] args) throws Exception {
        AppConfig config = new AppConfig(URI.create(args[1]), Path.of(args[0])).withKdf(KdfParams.FOR_TESTS)
                .withSync(new SyncScheduler.Settings(Duration.ofHours(1), Duration.ofMinutes(1)));
        AppLock lock = new AppLock(config, Clock.systemDefaultZone(), new SecureRandom());
        lock.start();
        if (!(lock.unlock(args[2]) instanceof UnlockResult.Unlocked)) {
            System.out.println("NOT UNLOCKED");
            System.exit(2);
        }
        AppServices services = lock.services().orElseThrow();
        services.scheduler().requestNow(); // as when the visit screen opens: a sync with nothing to send
        while (services.scheduler().status().running() || services.scheduler().status().lastSummary() == null) {
            Thread.sleep(20);
        }
        Clock clock = Clock.systemDefaultZone();
        SaveResult result = services.recorder().record(VisitDraft.basic(args[3], LocalDate.now(clock).minusDays(1),
                "10:30", true, true, null, null, "Recorded, then the phone died before it could send."));
        if (!(result instanceof SaveResult.Saved saved)) {
            System.out.println("NOT SAVED " + result);
            System.exit(3);
            return;
        }
        System.out.println("SAVED " + saved.visit().visit().id());
        System.out.flush();
        Thread.sleep(Duration.ofMinutes(5).toMillis());
        System.exit(4); // never reached: killed before
    }
}
