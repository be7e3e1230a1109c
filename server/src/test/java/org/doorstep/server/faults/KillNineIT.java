package org.doorstep.server.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of the real server jar while simulated phones push batches of visits, many times at
 * random moments, each followed by a restart on the same database and the phones retrying what was not
 * acknowledged. Afterwards every visit each phone recorded is stored exactly once (acknowledged ones
 * included, of course), the record rules hold, and the database passes its engine's integrity check.
 *
 * <p>{@code -Ddoorstep.faults.kills=N} sets the number of kills (default 5, about half a minute on
 * SQLite); {@code -Ddoorstep.faults.seed=S} repeats a run's timing. Runs in failsafe ({@code mvn verify}),
 * which builds the jar first. The PostgreSQL run is {@link PostgresKillNineIT}.
 */
class KillNineIT {
    private static final int DEVICES = 4;
    private static final int BATCH = 100;

    @Test
    void everyAcknowledgedVisitSurvivesKillsAndEveryRetriedVisitIsStoredOnce() throws Exception {
        int kills = Integer.getInteger("doorstep.faults.kills", 5);
        long seed = Long.getLong("doorstep.faults.seed", System.nanoTime());
        Random random = new Random(seed);
        Path work = Files.createTempDirectory("doorstep-kill9");
        Map<String, String> database = database(work);

        List<FieldDevice> devices = new ArrayList<>();
        ServerProcess server = ServerProcess.start(work, database);
        for (int i = 0; i < DEVICES; i++) {
            FieldDevice device = new FieldDevice("fault-phone-" + i, server.uri());
            device.signIn();
            devices.add(device);
        }
        int killedMidPush = 0;
        for (int kill = 1; kill <= kills; kill++) {
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger inFlight = new AtomicInteger();
            List<Thread> phones = new ArrayList<>();
            for (FieldDevice device : devices) {
                Random own = new Random(random.nextLong());
                Thread phone = new Thread(() -> keepPushing(device, own, stop, inFlight), device.deviceId());
                phone.setDaemon(true);
                phone.start();
                phones.add(phone);
            }
            Thread.sleep(200 + random.nextInt(1300));
            int pushing = inFlight.get();
            server.kill9();
            killedMidPush += pushing > 0 ? 1 : 0;
            stop.set(true);
            for (Thread phone : phones) {
                phone.join(60_000);
            }
            server = ServerProcess.start(work, database);
            for (FieldDevice device : devices) {
                device.server(server.uri());
            }
        }
        // The last start stays up: every phone sends what it still holds until all is acknowledged.
        for (FieldDevice device : devices) {
            for (int attempt = 0; device.outboxSize() > 0 && attempt < 200; attempt++) {
                device.push(BATCH);
            }
            assertEquals(0, device.outboxSize(), device.deviceId() + " could not empty its outbox");
        }
        server.close();

        List<String> problems = new ArrayList<>();
        int held = 0;
        int unanswered = 0;
        try (Connection connection = connect(database)) {
            problems.addAll(integrity(connection));
            problems.addAll(Consistency.visitRules(connection));
            for (FieldDevice device : devices) {
                problems.addAll(Consistency.deviceRecords(connection, device));
                held += device.held().size();
                unanswered += device.unanswered();
            }
        }
        System.out.printf("kill -9: %s, %d kills (%d while a push was in flight), %d visits recorded, %d pushes"
                + " unanswered and retried, seed %d%n", getClass().getSimpleName(), kills, killedMidPush, held, unanswered, seed);
        assertEquals(List.of(), problems, "seed " + seed);
        assertTrue(killedMidPush >= kills / 2, "most kills should land while a push is in flight; seed " + seed);
    }

    /** A phone's loop: record a few visits now and then, push, and retry at once when unanswered. */
    private static void keepPushing(FieldDevice device, Random random, AtomicBoolean stop, AtomicInteger inFlight) {
        try {
            while (!stop.get()) {
                if (device.outboxSize() < 2 * BATCH) {
                    device.record(1 + random.nextInt(40), random);
                }
                inFlight.incrementAndGet();
                FieldDevice.Attempt attempt;
                try {
                    attempt = device.push(BATCH);
                } finally {
                    inFlight.decrementAndGet();
                }
                if (attempt != FieldDevice.Attempt.ACKNOWLEDGED) {
                    Thread.sleep(20);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The server's database properties; PostgreSQL's twin overrides. */
    Map<String, String> database(Path work) {
        return ServerProcess.sqlite(work.resolve("doorstep.db"));
    }

    Connection connect(Map<String, String> database) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + database.get("doorstep.database.path"));
    }

    List<String> integrity(Connection connection) throws SQLException {
        return Consistency.sqliteIntegrity(connection);
    }
}
