package org.doorstep.mobile.sync;

import java.time.Duration;

/**
 * Runs tasks later, one at a time, on one thread of its own. Behind an interface so that the scheduler's
 * timing can be tested with a hand-moved clock ({@code ManualTimers} in the tests).
 */
public interface Timers extends AutoCloseable {
    /** A task waiting to run; cancelling a task that already started has no effect. */
    interface Scheduled {
        void cancel();
    }

    /** Runs {@code task} once, after {@code delay}, after every task scheduled to run before it. */
    Scheduled schedule(Duration delay, Runnable task);

    /** Stops: waits up to a few seconds for a running task, drops the rest. */
    @Override
    void close();
}
