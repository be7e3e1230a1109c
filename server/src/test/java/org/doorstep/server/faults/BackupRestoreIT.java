package org.doorstep.server.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The live SQLite database backed up with {@code java -jar doorstep-server.jar backup} (what
 * {@code ./doorstep backup} runs) while phones keep pushing, restored with {@code restore} into a fresh
 * server, and the phones then send everything they hold: the visits in the backup come back as
 * duplicates, the ones acknowledged after it are stored again, and nothing is lost or doubled. A phone
 * whose pull cursor is past the backup (it pulled after the backup was taken) still receives what the
 * others stored after the restore.
 */
class BackupRestoreIT {
    private static final int DEVICES = 3;
    private static final int BATCH = 100;

    @Test
    void aBackupTakenWhilePhonesPushRestoresIntoAServerThatLosesNothingThePhonesHold() throws Exception {
        Path work = Files.createTempDirectory("doorstep-backup");
        Path live = work.resolve("live/doorstep.db");
        Path backup = work.resolve("backups/doorstep-backup.db");
        Path restored = work.resolve("restored/doorstep.db");
        List<FieldDevice> devices = new ArrayList<>();
        String cursorPastTheBackup;
        try (ServerProcess server = ServerProcess.start(work, ServerProcess.sqlite(live))) {
            for (int i = 0; i < DEVICES; i++) {
                FieldDevice device = new FieldDevice("fault-backup-" + i, server.uri());
                device.signIn();
                devices.add(device);
            }
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> phones = startPushing(devices, stop);
            Thread.sleep(800);
            ServerProcess.CommandResult result = ServerProcess.command(ServerProcess.sqlite(live), "backup", backup.toString());
            assertEquals(0, result.status(), result.output());
            assertTrue(result.output().contains("integrity ok"), result.output());
            Thread.sleep(800);
            stop.set(true);
            for (Thread phone : phones) {
                phone.join(60_000);
            }
            for (FieldDevice device : devices) {
                for (int attempt = 0; device.outboxSize() > 0 && attempt < 100; attempt++) {
                    device.push(BATCH);
                }
                assertEquals(0, device.outboxSize(), "everything acknowledged by the live server");
            }
            cursorPastTheBackup = devices.get(0).pullToEnd(null, new HashSet<>());
        }
        long held = devices.stream().mapToLong(device -> device.held().size()).sum();
        long inBackup = count(backup, "SELECT COUNT(*) FROM visit WHERE device_id LIKE 'fault-backup-%'");
        assertTrue(inBackup > 0 && inBackup < held, "the backup was taken mid-way: " + inBackup + " of " + held + " visits");

        ServerProcess.CommandResult result = ServerProcess.command(ServerProcess.sqlite(restored), "restore", backup.toString());
        assertEquals(0, result.status(), result.output());
        Set<UUID> pulledAfterRestore = new HashSet<>();
        FieldDevice first = devices.get(0);
        FieldDevice second = devices.get(1);
        try (ServerProcess server = ServerProcess.start(work, ServerProcess.sqlite(restored))) {
            for (FieldDevice device : devices) {
                device.server(server.uri());
            }
            // A new visit is the first change on the restored server; the first phone's cursor is past the
            // backup's last change, yet it must receive it.
            second.record(1, new Random(9));
            assertEquals(FieldDevice.Attempt.ACKNOWLEDGED, second.push(BATCH));
            first.pullToEnd(cursorPastTheBackup, pulledAfterRestore);
            for (FieldDevice device : devices) {
                assertEquals(FieldDevice.Attempt.ACKNOWLEDGED, device.pushEverythingHeld(BATCH));
            }
        }
        assertTrue(pulledAfterRestore.contains(lastOf(second)),
                "a cursor past the backup must not hide the first change stored after the restore");
        List<String> problems = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + restored)) {
            problems.addAll(Consistency.sqliteIntegrity(connection));
            problems.addAll(Consistency.visitRules(connection));
            for (FieldDevice device : devices) {
                problems.addAll(Consistency.deviceRecords(connection, device));
            }
        }
        System.out.printf("backup and restore: %d visits held by %d phones, %d in the backup taken mid-way, %d sent again"
                + " after the restore%n", held, DEVICES, inBackup, held - inBackup);
        assertEquals(List.of(), problems);
    }

    private static List<Thread> startPushing(List<FieldDevice> devices, AtomicBoolean stop) {
        List<Thread> phones = new ArrayList<>();
        Random seeds = new Random(8);
        for (FieldDevice device : devices) {
            Random random = new Random(seeds.nextLong());
            Thread phone = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        if (device.outboxSize() < BATCH) {
                            device.record(1 + random.nextInt(20), random);
                        }
                        device.push(BATCH);
                        Thread.sleep(10);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, device.deviceId());
            phone.setDaemon(true);
            phone.start();
            phones.add(phone);
        }
        return phones;
    }

    private static UUID lastOf(FieldDevice device) {
        UUID last = null;
        for (UUID id : device.held()) {
            last = id;
        }
        return last;
    }

    private static long count(Path database, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
