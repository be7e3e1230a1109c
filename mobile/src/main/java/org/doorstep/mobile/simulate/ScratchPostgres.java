package org.doorstep.mobile.simulate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private PostgreSQL cluster for one simulation, made with the server binaries of the machine
 * ({@code /usr/lib/postgresql/15/bin}, or {@code DOORSTEP_POSTGRES_BIN}) in a temporary directory, with one
 * database {@code doorstep} owned by user {@code doorstep} (trust authentication, loopback only). When run
 * as root the cluster runs as the {@code postgres} system user, as PostgreSQL refuses root.
 */
final class ScratchPostgres implements AutoCloseable {
    private final Path bin;
    private final Path data;
    private final int port;
    private final boolean asPostgres;

    private ScratchPostgres(Path bin, Path data, int port, boolean asPostgres) {
        this.bin = bin;
        this.data = data;
        this.port = port;
        this.asPostgres = asPostgres;
    }

    static ScratchPostgres start(Path root) throws IOException {
        Path bin = Path.of(System.getenv().getOrDefault("DOORSTEP_POSTGRES_BIN", "/usr/lib/postgresql/15/bin"));
        if (!Files.isExecutable(bin.resolve("initdb"))) {
            throw new IllegalStateException("PostgreSQL's initdb is not in " + bin + ": install postgresql-15, or "
                    + "set DOORSTEP_POSTGRES_BIN to the directory holding initdb and pg_ctl");
        }
        Path dir = Files.createDirectories(root.resolve("postgresql"));
        Path data = dir.resolve("data");
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        if (asRoot) {
            run(List.of("chown", "-R", "postgres:postgres", dir.toString()), false);
            run(List.of("chmod", "755", root.toString()), false);
        }
        int port = ServerProcess.freePort();
        ScratchPostgres cluster = new ScratchPostgres(bin, data, port, asRoot);
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "doorstep", "--auth=trust",
                "--encoding=UTF8", "--no-sync"), asRoot);
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("postgresql.log").toString(),
                "-w", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c max_connections=100", "start"), asRoot);
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "stop-scratch-postgres"));
        run(List.of(bin.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "doorstep",
                "doorstep"), asRoot);
        return cluster;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/doorstep";
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + String.join(" ", full));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + String.join(" ", full), e);
        }
        String output = new String(process.getInputStream().readAllBytes());
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", full) + " failed (exit " + process.exitValue() + "): " + output);
        }
    }

    /** Stops the cluster at once (its files are scratch). */
    @Override
    public synchronized void close() {
        if (!Files.isDirectory(data)) {
            return;
        }
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"), asPostgres);
        } catch (IOException | IllegalStateException alreadyStopped) {
            // Stopped before, or never started.
        }
    }
}
