package org.doorstep.mobile.store;

import com.gluonhq.attach.storage.StorageService;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the app keeps its database: the {@code doorstep.data.dir} system property when set (the launcher
 * and tests set it), else the platform's private app storage from Gluon Attach (the app sandbox on a
 * phone, {@code ~/.gluon} on a desktop, in which a {@code doorstep} folder is used), else {@code ~/.doorstep}.
 */
public final class DataDirectory {
    public static final String PROPERTY = "doorstep.data.dir";

    private DataDirectory() {
    }

    public static Path resolve() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return privateStorage()
                .map(dir -> dir.toPath().resolve("doorstep"))
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".doorstep"));
    }

    private static Optional<File> privateStorage() {
        try {
            return StorageService.create().flatMap(StorageService::getPrivateStorage);
        } catch (RuntimeException | LinkageError e) {
            // No Attach implementation for this platform: fall back to the home directory.
            return Optional.empty();
        }
    }
}
