package org.doorstep.mobile;

import java.security.SecureRandom;
import java.time.Clock;
import javafx.application.Application;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.doorstep.mobile.visit.FxBackground;

/**
 * The JavaFX application: finds the lock's stage and shows its screen, syncs when the window comes back to
 * the front, and on exit closes the database and overwrites the key.
 */
public final class DoorstepApp extends Application {
    /** A phone held upright. */
    static final double WIDTH = 400;
    static final double HEIGHT = 760;

    private AppLock lock;
    private FxBackground background;

    @Override
    public void start(Stage stage) {
        AppConfig config = AppConfig.fromSystemProperties();
        lock = new AppLock(config, Clock.systemDefaultZone(), new SecureRandom());
        background = new FxBackground();
        stage.setTitle("Doorstep - " + config.server());
        Scene scene = new Scene(new Group(), WIDTH, HEIGHT);
        AppShell shell = new AppShell(scene, lock, background);
        shell.start();
        // On a desktop, coming back to the window is the app's "resume" (Attach's lifecycle service is not
        // available to this build; on a phone build it would be the same call).
        stage.focusedProperty().addListener((observable, was, focused) -> {
            if (focused && !was) {
                shell.resumed();
            }
        });
        stage.setScene(scene);
        stage.show();
    }

    @Override
    public void stop() {
        if (background != null) {
            background.close();
        }
        if (lock != null) {
            lock.close();
        }
    }
}
