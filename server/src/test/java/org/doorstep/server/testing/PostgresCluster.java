package org.doorstep.server.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A private, throw-away PostgreSQL 15 cluster for tests, started once per JVM from the server
 * binaries in {@code /usr/lib/postgresql/15/bin} (no Docker). Each test class gets its own database.
 * When the tests run as root, the cluster runs as the {@code postgres} system user, because
 * PostgreSQL refuses to run as root.
 */
public final class PostgresCluster {
    private static final Path BIN = Path.of(System.getProperty("doorstep.postgres.bin", "/usr/lib/postgresql/15/bin"));
    private static PostgresCluster shared;

    private final Path dataDir;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresCluster(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    /** The JVM's cluster, started on first use and stopped when the JVM exits. */
    public static synchronized PostgresCluster shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    public static boolean available() {
        return Files.isExecutable(BIN.resolve("initdb"));
    }

    private static PostgresCluster start() {
        if (!available()) {
            throw new IllegalStateException("PostgreSQL 15 is not installed at " + BIN
                    + " (apt-get install postgresql-15); .ci/run installs it");
        }
        try {
            Path root = Files.createTempDirectory("doorstep-pg");
            Path data = root.resolve("data");
            int port = freePort();
            boolean asRoot = "root".equals(System.getProperty("user.name"));
            if (asRoot) {
                run(List.of("chown", "-R", "postgres:postgres", root.toString()), false);
                run(List.of("chmod", "755", root.getParent().toString()), false);
            }
            run(List.of(BIN.resolve("initdb").toString(), "-D", data.toString(), "-U", "doorstep", "--auth=trust",
                    "--encoding=UTF8", "--no-sync"), asRoot);
            run(List.of(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", root.resolve("log").toString(),
                    "-w", "-o", "-p " + port + " -k " + root + " -c listen_addresses=127.0.0.1 -c fsync=off"
                            + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                    "start"), asRoot);
            PostgresCluster cluster = new PostgresCluster(data, port);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> cluster.stop(asRoot)));
            return cluster;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the test PostgreSQL cluster: " + e.getMessage(), e);
        }
    }

    /** Creates a new empty database and returns its JDBC URL (user {@code doorstep}, no password). */
    public String newDatabase() {
        String name = "doorstep_test_" + databases.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(url("postgres"), "doorstep", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + ": " + e.getMessage(), e);
        }
        return url(name);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private void stop(boolean asRoot) {
        try {
            run(List.of(BIN.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "stop"), asRoot);
        } catch (IOException | IllegalStateException e) {
            System.err.println("Could not stop the test PostgreSQL cluster: " + e.getMessage());
        }
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + String.join(" ", full));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + String.join(" ", full), e);
        }
        String output = new String(process.getInputStream().readAllBytes());
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", full) + " failed (" + process.exitValue() + "): " + output);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
