package org.doorstep.mobile;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.doorstep.mobile.lock.KdfParams;
import org.doorstep.mobile.store.DataDirectory;
import org.doorstep.mobile.sync.SyncScheduler;

/**
 * Where the app syncs to, where it keeps its data, when it locks and syncs.
 *
 * @param server        the Doorstep server's base URL
 * @param dataDir       the directory of the device database and its key file
 * @param autoLockAfter the app locks after this long without a touch or key press
 * @param kdf           Argon2id's cost for a new PIN
 * @param sync          when the app syncs on its own
 */
public record AppConfig(URI server, Path dataDir, Duration autoLockAfter, KdfParams kdf, SyncScheduler.Settings sync) {
    public static final String SERVER_PROPERTY = "doorstep.server";
    public static final String AUTO_LOCK_PROPERTY = "doorstep.autolock.minutes";
    public static final String DEFAULT_SERVER = "http://localhost:8080";
    public static final Duration DEFAULT_AUTO_LOCK = Duration.ofMinutes(5);

    public AppConfig {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(autoLockAfter, "autoLockAfter");
        Objects.requireNonNull(kdf, "kdf");
        Objects.requireNonNull(sync, "sync");
        if (!"http".equals(server.getScheme()) && !"https".equals(server.getScheme())) {
            throw new IllegalArgumentException(SERVER_PROPERTY + " must be an http or https URL, was " + server);
        }
        if (autoLockAfter.isNegative() || autoLockAfter.isZero()) {
            throw new IllegalArgumentException("The auto-lock time must be positive, was " + autoLockAfter);
        }
    }

    /** The defaults: lock after {@link #DEFAULT_AUTO_LOCK}, {@link KdfParams#DEFAULT}, {@link SyncScheduler.Settings#DEFAULT}. */
    public AppConfig(URI server, Path dataDir) {
        this(server, dataDir, DEFAULT_AUTO_LOCK, KdfParams.DEFAULT, SyncScheduler.Settings.DEFAULT);
    }

    public AppConfig withAutoLockAfter(Duration after) {
        return new AppConfig(server, dataDir, after, kdf, sync);
    }

    public AppConfig withKdf(KdfParams params) {
        return new AppConfig(server, dataDir, autoLockAfter, params, sync);
    }

    public AppConfig withSync(SyncScheduler.Settings settings) {
        return new AppConfig(server, dataDir, autoLockAfter, kdf, settings);
    }

    /**
     * From the system properties {@code doorstep.server}, {@code doorstep.data.dir} and
     * {@code doorstep.autolock.minutes} (a whole number, default 5), with defaults.
     */
    public static AppConfig fromSystemProperties() {
        AppConfig config = new AppConfig(URI.create(System.getProperty(SERVER_PROPERTY, DEFAULT_SERVER).strip()),
                DataDirectory.resolve());
        String minutes = System.getProperty(AUTO_LOCK_PROPERTY, "").strip();
        if (minutes.isEmpty()) {
            return config;
        }
        try {
            return config.withAutoLockAfter(Duration.ofMinutes(Long.parseLong(minutes)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(AUTO_LOCK_PROPERTY + " must be a whole number of minutes, was " + minutes);
        }
    }
}
