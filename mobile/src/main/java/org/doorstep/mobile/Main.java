package org.doorstep.mobile;

import javafx.application.Application;

/**
 * Starts the field app. A plain class rather than the {@link Application} itself, so that the app runs
 * from an ordinary classpath ({@code java -cp ... org.doorstep.mobile.Main}) without the JavaFX
 * module-path check. System properties: {@code doorstep.server} (default {@value AppConfig#DEFAULT_SERVER})
 * and {@code doorstep.data.dir} (see {@link org.doorstep.mobile.store.DataDirectory}).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Application.launch(DoorstepApp.class, args);
    }
}
