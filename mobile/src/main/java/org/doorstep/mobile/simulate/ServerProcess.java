package org.doorstep.mobile.simulate;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Doorstep server jar run as a child process on a free loopback port, in demo mode (so that the
 * administrator {@code ada.admin} can set the simulated workers' passwords), on the database that
 * {@link Database} names. Its output goes to a log file beside the run's other files. The integration tests
 * against the real server start it the same way.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    /** Where a server keeps its records: a SQLite file, or a PostgreSQL database shared by several servers. */
    public sealed interface Database {
        record Sqlite(Path file) implements Database {
        }

        record Postgres(String jdbcUrl, String user) implements Database {
        }
    }

    private final Process process;
    private final URI uri;
    private final Path log;

    private ServerProcess(Process process, URI uri, Path log) {
        this.process = process;
        this.uri = uri;
        this.log = log;
    }

    public static ServerProcess start(Path jar, Database database, Path log) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java(), "-Ddoorstep.demo.enabled=true",
                "-Dmicronaut.server.port=" + port));
        command.addAll(databaseProperties(database));
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment(database));
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stop-doorstep-server-" + port));
        ServerProcess server = new ServerProcess(process, URI.create("http://127.0.0.1:" + port), log);
        server.awaitHealthy();
        return server;
    }

    /** Runs the jar's CSV import ({@code import DIR}) against {@code database}; fails with its output unless it applied. */
    public static void importCsv(Path jar, Database database, Path directory, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(databaseProperties(database));
        command.addAll(List.of("-jar", jar.toString(), "import", directory.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment(database));
        Process importer = builder.start();
        if (!importer.waitFor(5, TimeUnit.MINUTES)) {
            importer.destroyForcibly();
            throw new IllegalStateException("The CSV import did not finish in 5 minutes; its output:\n" + Files.readString(log));
        }
        if (importer.exitValue() != 0) {
            throw new IllegalStateException("The CSV import failed (exit " + importer.exitValue() + "):\n" + Files.readString(log));
        }
    }

    private static List<String> databaseProperties(Database database) {
        if (database instanceof Database.Sqlite sqlite) {
            return List.of("-Ddoorstep.database.path=" + sqlite.file().toAbsolutePath());
        }
        return List.of();
    }

    private static Map<String, String> environment(Database database) {
        if (database instanceof Database.Postgres postgres) {
            return Map.of("MICRONAUT_ENVIRONMENTS", "postgres", "DOORSTEP_DATABASE_URL", postgres.jdbcUrl(),
                    "DOORSTEP_DATABASE_USER", postgres.user(), "DOORSTEP_DATABASE_PASSWORD", "");
        }
        return Map.of();
    }

    public URI uri() {
        return uri;
    }

    Path log() {
        return log;
    }

    private void awaitHealthy() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(uri.resolve("/health")).timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped during start-up (exit " + process.exitValue()
                        + "); its log " + log + ":\n" + Files.readString(log));
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("The server did not answer /health within " + START_TIMEOUT.toSeconds()
                + " s; its log " + log + ":\n" + Files.readString(log));
    }

    static Path jar(Path configured) {
        Path jar = configured != null ? configured : Path.of("server", "target", "doorstep-server.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("The server jar " + jar.toAbsolutePath().normalize() + " is missing: build it "
                    + "with mvn -B -pl sync-protocol,compliance,server package -DskipTests, or name it with --server-jar");
        }
        return jar;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Asks the server to stop, and kills it if it has not within ten seconds. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
