package org.doorstep.mobile.visit;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/** {@link Background} on one worker thread, with results delivered on the JavaFX application thread. */
public final class FxBackground implements Background, AutoCloseable {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "doorstep-background");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        worker.execute(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> onDone.accept(result));
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
