package org.doorstep.mobile.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Locale;
import org.doorstep.mobile.lock.KdfParams;
import org.doorstep.mobile.lock.UnlockResult;
import org.doorstep.mobile.lock.Vault;
import org.doorstep.mobile.store.LocalDatabase;
import org.doorstep.mobile.store.SqliteVisitStore;

/**
 * One cold start for {@link AppBench}, in a JVM of its own: the PIN unlocks the key file, the encrypted
 * database opens (schema checked) and its visits are listed, as the app does before its first screen.
 * Prints {@code UNLOCKED <ms since JVM start> (<ms in main>, <n> visits)}.
 */
public final class ColdUnlock {
    private ColdUnlock() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        Path dir = Path.of(args[0]);
        UnlockResult result = new Vault(dir, KdfParams.DEFAULT, new SecureRandom()).unlock(args[1]);
        if (!(result instanceof UnlockResult.Unlocked unlocked)) {
            System.out.println("FAILED " + result);
            System.exit(1);
            return;
        }
        int visits;
        try (LocalDatabase database = LocalDatabase.open(dir, unlocked.key())) {
            visits = new SqliteVisitStore(database).list().size();
        }
        double inMain = (System.nanoTime() - start) / 1e6;
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf(Locale.UK, "UNLOCKED %d ms since JVM start (%.0f ms in main, %d visits)%n", sinceJvmStart,
                inMain, visits);
    }
}
