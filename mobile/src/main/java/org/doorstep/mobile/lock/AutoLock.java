package org.doorstep.mobile.lock;

import java.time.Duration;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;

/**
 * Locks the app after a time without a touch, click, scroll or key press in its window. Armed while the app
 * is unlocked, disarmed while a lock or sign-in screen shows. Runs on the UI thread.
 */
public final class AutoLock {
    private final PauseTransition idle;
    private final EventHandler<InputEvent> activity;
    private boolean armed;

    /** {@code onIdle} runs on the UI thread when {@code after} passes with no input while armed. */
    public AutoLock(Scene scene, Duration after, Runnable onIdle) {
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(onIdle, "onIdle");
        idle = new PauseTransition(javafx.util.Duration.millis(after.toMillis()));
        idle.setOnFinished(event -> {
            if (armed) {
                armed = false;
                onIdle.run();
            }
        });
        activity = event -> {
            if (armed) {
                idle.playFromStart();
            }
        };
        scene.addEventFilter(InputEvent.ANY, activity);
    }

    /** Starts counting from now. */
    public void arm() {
        armed = true;
        idle.playFromStart();
    }

    public void disarm() {
        armed = false;
        idle.stop();
    }

    public boolean armed() {
        return armed;
    }
}
