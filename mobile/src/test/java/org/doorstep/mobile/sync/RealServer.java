package org.doorstep.mobile.sync;

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
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real Doorstep server jar, started as a child process on a free port with a fresh SQLite file and
 * the demo children (C-1001 to C-1005).
 */
public final class RealServer implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final URI uri;
    private final Path log;
    private final Path database;

    private RealServer(Process process, URI uri, Path log, Path database) {
        this.process = process;
        this.uri = uri;
        this.log = log;
        this.database = database;
    }

    /** The jar named by {@code doorstep.server.jar} (set by failsafe), else ../server/target/doorstep-server.jar. */
    static Path jar() {
        String configured = System.getProperty("doorstep.server.jar");
        Path jar = configured != null ? Path.of(configured) : Path.of("..", "server", "target", "doorstep-server.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The server jar " + jar.toAbsolutePath().normalize() + " is missing. Build it first: "
                    + "cd .. && mvn -B -pl server package -DskipTests (mvn -B verify from the root builds it before mobile)");
        }
        return jar;
    }

    public static RealServer start(Path workDir) throws IOException, InterruptedException {
        Path jar = jar();
        int port = freePort();
        Path log = workDir.resolve("server.log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path database = workDir.resolve("server.db");
        Process process = new ProcessBuilder(List.of(java.toString(),
                "-Ddoorstep.database.path=" + database,
                "-Ddoorstep.demo.enabled=true",
                "-Dmicronaut.server.port=" + port,
                "-jar", jar.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // If the test JVM ends without closing the server (a crash, Ctrl-C), the server must not outlive it.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stop-doorstep-server"));
        RealServer server = new RealServer(process, URI.create("http://127.0.0.1:" + port), log, database);
        server.awaitHealthy();
        return server;
    }

    public URI uri() {
        return uri;
    }

    /**
     * Runs the jar's CSV import ({@code java -jar doorstep-server.jar import DIR}) on this server's database
     * while the server runs, as an administrator would; fails with the command's output unless it applied.
     */
    void importCsv(Path directory) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path output = Files.createTempFile("doorstep-import", ".log");
        Process importer = new ProcessBuilder(List.of(java.toString(), "-Ddoorstep.database.path=" + database,
                "-jar", jar().toString(), "import", directory.toString()))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!importer.waitFor(90, TimeUnit.SECONDS)) {
            importer.destroyForcibly();
            throw new IllegalStateException("The import did not finish in 90 s:\n" + Files.readString(output));
        }
        if (importer.exitValue() != 0) {
            throw new IllegalStateException("The import failed (exit " + importer.exitValue() + "):\n" + Files.readString(output));
        }
    }

    private void awaitHealthy() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(uri.resolve("/health")).timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped during start-up (exit " + process.exitValue()
                        + "). Its log:\n" + Files.readString(log));
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
                + " s. Its log:\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Stops the server: asks it to shut down, and kills it if it has not within ten seconds. */
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
