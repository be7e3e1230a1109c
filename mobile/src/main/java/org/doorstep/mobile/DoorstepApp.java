package org.doorstep.mobile;

import java.time.Clock;
import javafx.application.Application;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.doorstep.mobile.visit.FxBackground;

/** The JavaFX application: opens the device database, shows the sign-in or visit screen, closes it all on exit. */
public final class DoorstepApp extends Application {
    /** A phone held upright. */
    static final double WIDTH = 400;
    static final double HEIGHT = 760;

    private AppServices services;
    private FxBackground background;

    @Override
    public void start(Stage stage) {
        AppConfig config = AppConfig.fromSystemProperties();
        services = AppServices.open(config, Clock.systemDefaultZone());
        background = new FxBackground();
        stage.setTitle("Doorstep - " + config.server());
        Scene scene = new Scene(new Group(), WIDTH, HEIGHT);
        new AppShell(scene, services, background).start();
        stage.setScene(scene);
        stage.show();
    }

    @Override
    public void stop() {
        if (background != null) {
            background.close();
        }
        if (services != null) {
            services.close();
        }
    }
}
