package org.doorstep.mobile.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.doorstep.mobile.lock.KdfParams;
import org.doorstep.mobile.lock.UnlockResult;
import org.doorstep.mobile.lock.Vault;
import org.doorstep.mobile.store.DataKey;
import org.doorstep.mobile.store.LocalDatabase;
import org.doorstep.mobile.store.SqliteVisitStore;
import org.doorstep.mobile.visit.SaveResult;
import org.doorstep.mobile.visit.VisitDraft;
import org.doorstep.mobile.visit.VisitRecorder;

/**
 * {@code ./doorstep bench app}: the field app's own costs on this machine.
 * <ul>
 *   <li><b>save a visit</b>: the form's recorder (validation, then the visit and its outbox entry in one
 *       transaction, WAL with {@code synchronous=FULL}) on the encrypted database, one save at a time, timed
 *       one by one after a warm-up;</li>
 *   <li><b>unlock</b>: the PIN's Argon2id with the app's parameters and the unwrapping of the key, warm;</li>
 *   <li><b>cold start to unlocked store</b>: a new JVM each time ({@link ColdUnlock}) reads the key file, derives
 *       the PIN's key, opens the encrypted database holding {@value #HELD} visits and lists them; timed from
 *       launching the process to its answer, and inside it from {@code main}.</li>
 * </ul>
 */
public final class AppBench {
    static final String PIN = "270419";
    static final int HELD = 2_000;
    private static final int WARM_UP = 300;
    private static final int SAVES = 2_000;
    private static final int COLD_RUNS = 5;

    private AppBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("doorstep-app-bench");
        System.out.printf(Locale.UK, "Doorstep field app benchmark (Java %s, %d processors)%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        saveAVisit(dir.resolve("save"));
        Path device = prepareDevice(dir.resolve("device"));
        unlockWarm(device);
        coldStart(device);
    }

    private static void saveAVisit(Path dir) {
        try (LocalDatabase database = LocalDatabase.open(dir, DataKey.random(new SecureRandom()))) {
            VisitRecorder recorder = new VisitRecorder(new SqliteVisitStore(database), Clock.systemDefaultZone());
            for (int i = 0; i < WARM_UP; i++) {
                record(recorder, i);
            }
            double[] millis = new double[SAVES];
            for (int i = 0; i < SAVES; i++) {
                long start = System.nanoTime();
                record(recorder, i);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            System.out.printf(Locale.UK, "save a visit (recorder, encrypted, synchronous=FULL), %d saves: %s%n", SAVES,
                    spread(millis));
        }
    }

    private static void record(VisitRecorder recorder, int i) {
        SaveResult result = recorder.record(VisitDraft.basic("C-" + (1000 + i % 60), LocalDate.now().minusDays(1), "10:30",
                true, i % 3 != 0, i % 3 == 0 ? "child_refused" : null, i % 3 == 0 ? "Foster carer stayed at the child's request" : null,
                "Saw the child at home; talked about school and contact. Bedroom seen. " + i));
        if (!(result instanceof SaveResult.Saved)) {
            throw new IllegalStateException("Not saved: " + result);
        }
    }

    /** A device as the app leaves it: a PIN with the app's Argon2id cost, {@value #HELD} visits held. */
    private static Path prepareDevice(Path dir) {
        DataKey key = DataKey.random(new SecureRandom());
        try (LocalDatabase database = LocalDatabase.open(dir, key)) {
            VisitRecorder recorder = new VisitRecorder(new SqliteVisitStore(database), Clock.systemDefaultZone());
            for (int i = 0; i < HELD; i++) {
                record(recorder, i);
            }
            new Vault(dir, KdfParams.DEFAULT, new SecureRandom()).setPin(key, PIN, "bench.user", database.deviceId(), null);
        }
        key.destroy();
        return dir;
    }

    private static void unlockWarm(Path device) {
        Vault vault = new Vault(device, KdfParams.DEFAULT, new SecureRandom());
        double[] millis = new double[8];
        for (int i = -2; i < millis.length; i++) {
            long start = System.nanoTime();
            UnlockResult result = vault.unlock(PIN);
            double took = (System.nanoTime() - start) / 1e6;
            ((UnlockResult.Unlocked) result).key().destroy();
            if (i >= 0) {
                millis[i] = took;
            }
        }
        KdfParams p = KdfParams.DEFAULT;
        System.out.printf(Locale.UK, "unlock with the PIN (Argon2id m=%d KiB, t=%d, p=%d), warm, %d runs: %s%n",
                p.memoryKiB(), p.iterations(), p.parallelism(), millis.length, spread(millis));
    }

    private static void coldStart(Path device) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> lines = new ArrayList<>();
        double[] wall = new double[COLD_RUNS];
        for (int i = 0; i < COLD_RUNS; i++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    ColdUnlock.class.getName(), device.toString(), PIN).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String answer;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                answer = out.readLine();
            }
            wall[i] = (System.nanoTime() - start) / 1e6;
            if (process.waitFor() != 0 || answer == null || !answer.startsWith("UNLOCKED")) {
                throw new IllegalStateException("The cold start failed: " + answer);
            }
            lines.add(answer.substring("UNLOCKED ".length()));
        }
        System.out.printf(Locale.UK, "cold start to unlocked store (new JVM, %d visits listed), %d runs: %s%n", HELD,
                COLD_RUNS, spread(wall));
        System.out.println("  of which inside the JVM (key file, Argon2id, open, schema, list): " + lines);
    }

    static String spread(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return String.format(Locale.UK, "median %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms, min %.2f ms",
                at(sorted, 0.5), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1], sorted[0]);
    }

    private static double at(double[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }
}
