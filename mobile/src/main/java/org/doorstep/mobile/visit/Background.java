package org.doorstep.mobile.visit;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs slow work (the network, the disk) off the UI thread and hands the result back on it. Behind an
 * interface so that presenters can be driven synchronously in tests.
 */
public interface Background {
    <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure);
}
