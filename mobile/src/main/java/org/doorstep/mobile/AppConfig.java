package org.doorstep.mobile;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import org.doorstep.mobile.store.DataDirectory;

/**
 * Where the app syncs to and where it keeps its data.
 *
 * @param server  the Doorstep server's base URL
 * @param dataDir the directory of the device database
 */
public record AppConfig(URI server, Path dataDir) {
    public static final String SERVER_PROPERTY = "doorstep.server";
    public static final String DEFAULT_SERVER = "http://localhost:8080";

    public AppConfig {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(dataDir, "dataDir");
        if (!"http".equals(server.getScheme()) && !"https".equals(server.getScheme())) {
            throw new IllegalArgumentException(SERVER_PROPERTY + " must be an http or https URL, was " + server);
        }
    }

    /** From the {@code doorstep.server} and {@code doorstep.data.dir} system properties, with defaults. */
    public static AppConfig fromSystemProperties() {
        return new AppConfig(URI.create(System.getProperty(SERVER_PROPERTY, DEFAULT_SERVER).strip()), DataDirectory.resolve());
    }
}
