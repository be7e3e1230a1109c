package org.doorstep.mobile.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link Timers} moved by hand, with the {@link Clock} it keeps: {@link #advance} moves the time and runs,
 * in order, every task due by then (tasks scheduled by those tasks too). Single-threaded, like the real one.
 */
final class ManualTimers extends Clock implements Timers {
    private final class Task implements Scheduled {
        final Instant due;
        final long order;
        final Runnable body;
        boolean cancelled;

        Task(Instant due, long order, Runnable body) {
            this.due = due;
            this.order = order;
            this.body = body;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    private final List<Task> tasks = new ArrayList<>();
    private Instant now;
    private long order;
    boolean closed;

    ManualTimers(Instant start) {
        now = start;
    }

    @Override
    public synchronized Scheduled schedule(Duration delay, Runnable task) {
        Task scheduled = new Task(now.plus(delay), order++, task);
        tasks.add(scheduled);
        return scheduled;
    }

    /** Moves the time on by {@code by}, running every task due on the way at its own time. */
    void advance(Duration by) {
        Instant until = now.plus(by);
        while (true) {
            Optional<Task> next;
            synchronized (this) {
                tasks.removeIf(task -> task.cancelled);
                next = tasks.stream().filter(task -> !task.due.isAfter(until))
                        .min(Comparator.comparing((Task task) -> task.due).thenComparingLong(task -> task.order));
                if (next.isEmpty()) {
                    now = until;
                    return;
                }
                tasks.remove(next.get());
                if (next.get().due.isAfter(now)) {
                    now = next.get().due;
                }
            }
            next.get().body.run();
        }
    }

    /** Runs what is due now. */
    void runDue() {
        advance(Duration.ZERO);
    }

    /** When the next task is due, if any. */
    synchronized Optional<Instant> nextDue() {
        return tasks.stream().filter(task -> !task.cancelled).map(task -> task.due).min(Comparator.naturalOrder());
    }

    synchronized int waiting() {
        return (int) tasks.stream().filter(task -> !task.cancelled).count();
    }

    @Override
    public synchronized void close() {
        closed = true;
        tasks.clear();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }
}
