package org.doorstep.mobile.sync;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.doorstep.mobile.simulate.ServerProcess;

/**
 * The real Doorstep server jar, started as a child process on a free port with a fresh SQLite file and
 * the demo children (C-1001 to C-1005); the simulator's {@link ServerProcess} underneath.
 */
public final class RealServer implements AutoCloseable {
    private final ServerProcess process;
    private final ServerProcess.Database database;

    private RealServer(ServerProcess process, ServerProcess.Database database) {
        this.process = process;
        this.database = database;
    }

    /** The jar named by {@code doorstep.server.jar} (set by failsafe), else ../server/target/doorstep-server.jar. */
    static Path jar() {
        String configured = System.getProperty("doorstep.server.jar");
        Path jar = configured != null ? Path.of(configured) : Path.of("..", "server", "target", "doorstep-server.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The server jar " + jar.toAbsolutePath().normalize() + " is missing. Build it first: "
                    + "cd .. && mvn -B -pl sync-protocol,compliance,server package -DskipTests (mvn -B verify from the root "
                    + "builds it before mobile)");
        }
        return jar;
    }

    public static RealServer start(Path workDir) throws IOException, InterruptedException {
        ServerProcess.Database database = new ServerProcess.Database.Sqlite(workDir.resolve("server.db"));
        return new RealServer(ServerProcess.start(jar(), database, workDir.resolve("server.log")), database);
    }

    public URI uri() {
        return process.uri();
    }

    /**
     * Runs the jar's CSV import ({@code java -jar doorstep-server.jar import DIR}) on this server's database
     * while the server runs, as an administrator would; fails with the command's output unless it applied.
     */
    void importCsv(Path directory) throws IOException, InterruptedException {
        ServerProcess.importCsv(jar(), database, directory, Files.createTempFile("doorstep-import", ".log"));
    }

    /** Stops the server: asks it to shut down, and kills it if it has not within ten seconds. */
    @Override
    public void close() {
        process.close();
    }
}
