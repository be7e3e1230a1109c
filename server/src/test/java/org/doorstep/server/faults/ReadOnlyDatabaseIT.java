package org.doorstep.server.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The server started on a database file it may not write (a restore left it owned by someone else, say):
 * sign-in and pushes answer the retryable 503 {@code server_unavailable} and nothing is stored; once the
 * file's permissions are put right, the device's retry is stored, once, without restarting the server.
 *
 * <p>File permissions do not bind root, and the tests run as root in CI: there the server process runs as
 * the unprivileged {@code nobody} user (as a real installation runs it as a service user). A running
 * server is not affected by a {@code chmod} of files it has open, so the fault is in place when it starts.
 */
class ReadOnlyDatabaseIT {
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    @Test
    void aReadOnlyDatabaseRefusesPushesRetryablyAndTheRetryIsStoredOnceItIsWritableAgain() throws Exception {
        Path work = Files.createTempDirectory("doorstep-readonly");
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path folder = Files.createDirectories(work.resolve("db"));
        Path natives = Files.createDirectories(work.resolve("native"));
        Path database = folder.resolve("doorstep.db");
        List<String> prefix = List.of();
        Map<String, String> properties = new HashMap<>(ServerProcess.sqlite(database));
        Path jar = ServerProcess.jar();
        if (ROOT) {
            // The checkout may sit in a folder nobody cannot enter (/root): the server runs from a copy.
            jar = Files.copy(jar, work.resolve("doorstep-server.jar"));
            UserPrincipal nobody = folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(folder, nobody);
            Files.setOwner(natives, nobody);
            prefix = List.of("runuser", "-u", "nobody", "--");
            properties.put("org.sqlite.tmpdir", natives.toString()); // where sqlite-jdbc unpacks its library
        }
        FieldDevice phone;
        try (ServerProcess server = ServerProcess.start(work, properties, prefix, jar)) {
            phone = new FieldDevice("fault-readonly", server.uri());
            phone.signIn();
            phone.record(5, new Random(3));
            assertEquals(FieldDevice.Attempt.ACKNOWLEDGED, phone.push(100));
        }

        Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("r--r--r--"));
        properties.put("doorstep.demo.enabled", "false"); // demo seeding would write at start-up
        int attempts = 0;
        try (ServerProcess server = ServerProcess.start(work, properties, prefix, jar)) {
            phone.server(server.uri());
            phone.record(5, new Random(4));
            assertEquals(FieldDevice.Attempt.UNAVAILABLE, phone.push(100));
            assertTrue(phone.lastRefusal().contains("\"code\":\"server_unavailable\""), phone.lastRefusal());
            assertEquals(5, phone.outboxSize());

            // The fix an administrator makes: the file and the -wal and -shm SQLite made beside it with the
            // file's own (read-only) mode.
            for (String suffix : List.of("", "-wal", "-shm")) {
                Path file = database.resolveSibling(database.getFileName() + suffix);
                if (Files.exists(file)) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
                }
            }
            // The device retries with a pause, as the app does; the server reopens its connections after
            // the first failure, so a later retry finds the file writable.
            while (phone.outboxSize() > 0 && attempts < 5) {
                attempts++;
                Thread.sleep(300);
                phone.push(100);
            }
            assertEquals(0, phone.outboxSize(), "retries after the fault cleared: " + attempts);
        }
        if (ROOT) {
            Files.delete(jar);
        }
        List<String> problems = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            problems.addAll(Consistency.sqliteIntegrity(connection));
            problems.addAll(Consistency.visitRules(connection));
            problems.addAll(Consistency.deviceRecords(connection, phone));
        }
        System.out.printf("read-only database: %d pushes refused with 503, stored after %d retries once writable%n",
                phone.unavailable(), attempts);
        assertEquals(List.of(), problems);
    }
}
