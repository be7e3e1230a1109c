package org.doorstep.server;

import io.micronaut.runtime.Micronaut;

/** Starts the Doorstep server. Configuration: {@code application.yml}, overridable by environment variables. */
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
