package org.doorstep.server.faults;

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
 * The real server jar ({@code server/target/doorstep-server.jar}) as a child process on a free port, with
 * the demo people and children, on the database the given properties name. Its output goes to a log file
 * in the work folder, one per start.
 */
final class ServerProcess implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private static int starts;

    private final Process process;
    private final URI uri;
    private final Path log;

    private ServerProcess(Process process, URI uri, Path log) {
        this.process = process;
        this.uri = uri;
        this.log = log;
    }

    /** The jar named by {@code doorstep.server.jar} (failsafe sets it), else target/doorstep-server.jar. */
    static Path jar() {
        String configured = System.getProperty("doorstep.server.jar");
        Path jar = configured != null ? Path.of(configured) : Path.of("target", "doorstep-server.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The server jar " + jar.toAbsolutePath().normalize() + " is missing. Build it first: "
                    + "mvn -B -pl sync-protocol,compliance,server package -DskipTests (mvn verify builds it before the *IT tests)");
        }
        return jar;
    }

    /** The properties of a server on the SQLite file {@code database}. */
    static Map<String, String> sqlite(Path database) {
        return Map.of("doorstep.database.path", database.toString());
    }

    /** The properties of a server on the PostgreSQL database at {@code jdbcUrl} (user doorstep, no password). */
    static Map<String, String> postgres(String jdbcUrl, Path workDir) {
        return Map.of("datasources.default.url", jdbcUrl,
                "datasources.default.username", "doorstep",
                "datasources.default.password", "",
                "datasources.default.driver-class-name", "org.postgresql.Driver",
                "doorstep.database.path", workDir.resolve("unused.db").toString());
    }

    static ServerProcess start(Path workDir, Map<String, String> properties) throws IOException, InterruptedException {
        return start(workDir, properties, List.of());
    }

    /** Starts the jar with {@code prefix} before the java command (e.g. a command that drops privileges). */
    static ServerProcess start(Path workDir, Map<String, String> properties, List<String> prefix)
            throws IOException, InterruptedException {
        return start(workDir, properties, prefix, jar());
    }

    /** Starts {@code jar} (a copy of the server jar another user can read, say). */
    static ServerProcess start(Path workDir, Map<String, String> properties, List<String> prefix, Path jar)
            throws IOException, InterruptedException {
        int port = freePort();
        Path log = workDir.resolve("server-" + (++starts) + ".log");
        List<String> command = new ArrayList<>(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-Ddoorstep.demo.enabled=true");
        command.add("-Dmicronaut.server.port=" + port);
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // A test JVM that ends without closing the server (a crash, Ctrl-C) must not leave it running.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stop-doorstep-server"));
        ServerProcess server = new ServerProcess(process, URI.create("http://127.0.0.1:" + port), log);
        server.awaitHealthy();
        return server;
    }

    /** Runs the jar as a command ({@code backup DEST}, ...) to its end; answers its exit status and output. */
    static CommandResult command(Map<String, String> properties, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar().toAbsolutePath().toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Timed out: " + String.join(" ", args));
        }
        return new CommandResult(process.exitValue(), output);
    }

    record CommandResult(int status, String output) {
    }

    URI uri() {
        return uri;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    /** {@code kill -9}: the process ends at once, mid-transaction or not; waits until it is gone. */
    void kill9() throws InterruptedException {
        try {
            Process kill = new ProcessBuilder("kill", "-9", Long.toString(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                process.destroyForcibly();
            }
        } catch (IOException noKillCommand) {
            process.destroyForcibly(); // SIGKILL on Linux as well
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The server did not die after SIGKILL");
        }
        if (process.exitValue() != 128 + 9) {
            throw new IllegalStateException("The server ended with " + process.exitValue() + ", not by SIGKILL");
        }
    }

    private void awaitHealthy() throws IOException, InterruptedException {
        HttpRequest health = HttpRequest.newBuilder(uri.resolve("/health")).timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped during start-up (exit " + process.exitValue()
                        + "). Its log:\n" + Files.readString(log));
            }
            try {
                if (HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(100);
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
