package org.doorstep.mobile.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs the sync on its own: every {@code interval}, when the app comes back to the front, shortly after a
 * visit is saved, and at once on "Sync now". Never two at once: every run happens on the one thread of
 * {@link Timers}, and a request made during a run plans one more run straight after it. While syncs stop
 * short (no signal, the server down), the next one waits longer each time ({@link Backoff}); a save does
 * not shorten that wait, "Sync now" and coming back to the front do. After a sync that needs the person
 * (the sign-in ended, the device was revoked and wiped), nothing more is planned until "Sync now".
 *
 * <p>Listeners hear every change on the scheduler's thread (the UI hands it to its own thread).
 */
public final class SyncScheduler implements AutoCloseable {
    /** When to sync. */
    public record Settings(Duration interval, Duration afterWrite) {
        /** Every 15 minutes, and 3 seconds after a save (saves in quick succession go in one push). */
        public static final Settings DEFAULT = new Settings(Duration.ofMinutes(15), Duration.ofSeconds(3));

        public Settings {
            Objects.requireNonNull(interval, "interval");
            Objects.requireNonNull(afterWrite, "afterWrite");
        }
    }

    private final Supplier<SyncSummary> sync;
    private final Timers timers;
    private final Clock clock;
    private final Backoff backoff;
    private final Settings settings;
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();

    private Timers.Scheduled planned;
    private Instant plannedAt;
    private boolean running;
    private boolean runAgain;
    private boolean paused = true;
    private boolean closed;
    private int failures;
    private Instant lastSuccess;
    private SyncSummary lastSummary;

    /** {@code lastSuccess}: when a sync last completed on this device (from the database), or null. */
    public SyncScheduler(Supplier<SyncSummary> sync, Timers timers, Clock clock, Backoff backoff, Settings settings,
                         Instant lastSuccess) {
        this.sync = Objects.requireNonNull(sync, "sync");
        this.timers = Objects.requireNonNull(timers, "timers");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.lastSuccess = lastSuccess;
    }

    /** Hears every change of {@link #status()}; called on the scheduler's thread. */
    public void addListener(Consumer<SyncStatus> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Consumer<SyncStatus> listener) {
        listeners.remove(listener);
    }

    public synchronized SyncStatus status() {
        return new SyncStatus(running, lastSuccess, lastSummary, failures, plannedAt);
    }

    /** "Sync now", the app started or came back to the front: a sync at once, even during a backoff. */
    public void requestNow() {
        synchronized (this) {
            if (closed) {
                return;
            }
            paused = false;
            if (running) {
                runAgain = true;
                return;
            }
            plan(Duration.ZERO);
        }
        publish();
    }

    /** A visit was saved: a sync shortly, unless one is planned sooner or the server is being waited for. */
    public void localWrite() {
        synchronized (this) {
            if (closed || paused) {
                return;
            }
            if (running) {
                runAgain = true;
                return;
            }
            if (failures > 0) {
                return; // The backoff's attempt will carry it; saving does not bring the signal back.
            }
            Instant due = clock.instant().plus(settings.afterWrite());
            if (plannedAt != null && !plannedAt.isAfter(due)) {
                return;
            }
            plan(settings.afterWrite());
        }
        publish();
    }

    /** Plans nothing more and waits briefly for a running sync to end (the app is locking or closing). */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            cancelPlanned();
        }
        timers.close();
    }

    private void run() {
        synchronized (this) {
            if (closed) {
                return;
            }
            planned = null;
            plannedAt = null;
            running = true;
            runAgain = false;
        }
        publish();
        SyncSummary summary;
        try {
            summary = sync.get();
        } catch (RuntimeException e) {
            summary = new SyncSummary(0, 0, -1, "Sync failed: " + e.getMessage());
        }
        synchronized (this) {
            running = false;
            lastSummary = summary;
            boolean needsPerson = summary.session() == SyncSummary.Session.SIGN_IN_REQUIRED
                    || summary.session() == SyncSummary.Session.REVOKED_AND_WIPED;
            if (summary.completed()) {
                failures = 0;
                lastSuccess = clock.instant();
            } else if (!needsPerson) {
                failures++;
            }
            if (closed) {
                // Nothing more.
            } else if (needsPerson) {
                paused = true;
            } else if (runAgain && failures == 0) {
                plan(Duration.ZERO);
            } else {
                plan(failures == 0 ? settings.interval() : backoff.delay(failures));
            }
            runAgain = false;
        }
        publish();
    }

    /** Must hold the lock. */
    private void plan(Duration delay) {
        cancelPlanned();
        plannedAt = clock.instant().plus(delay);
        planned = timers.schedule(delay, this::run);
    }

    private void cancelPlanned() {
        if (planned != null) {
            planned.cancel();
        }
        planned = null;
        plannedAt = null;
    }

    private void publish() {
        SyncStatus status = status();
        for (Consumer<SyncStatus> listener : listeners) {
            listener.accept(status);
        }
    }
}
