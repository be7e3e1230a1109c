package org.doorstep.mobile.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When the scheduler syncs: on request, on a timer, after a save, with backoff while the server is out of reach. */
class SyncSchedulerTest {
    static final Instant START = Instant.parse("2026-11-23T09:00:00Z");
    static final SyncSummary OK = new SyncSummary(1, 0, 0, null);
    static final SyncSummary UNREACHABLE = new SyncSummary(0, 0, 2, "Cannot reach the server (connection refused).");
    static final SyncSummary SIGN_IN = new SyncSummary(0, 0, 2, "Sign in again.", SyncSummary.Session.SIGN_IN_REQUIRED);
    static final SyncScheduler.Settings SETTINGS = new SyncScheduler.Settings(Duration.ofMinutes(15), Duration.ofSeconds(3));

    ManualTimers timers;
    /** What the syncs answer, in order; OK once empty. */
    final Deque<SyncSummary> answers = new ArrayDeque<>();
    /** When each sync ran. */
    final List<Instant> runs = new ArrayList<>();
    final List<SyncStatus> heard = new ArrayList<>();
    SyncScheduler scheduler;

    @BeforeEach
    void create() {
        timers = new ManualTimers(START);
        scheduler = new SyncScheduler(() -> {
            runs.add(timers.instant());
            return answers.isEmpty() ? OK : answers.poll();
        }, timers, timers, new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(15), () -> 1.0), SETTINGS, null);
        scheduler.addListener(heard::add);
    }

    @AfterEach
    void close() {
        scheduler.close();
    }

    @Test
    void nothingRunsUntilTheAppAsks() {
        scheduler.localWrite();
        timers.advance(Duration.ofHours(1));

        assertEquals(List.of(), runs, "paused until the visit screen asks for the first sync");
    }

    @Test
    void aRequestRunsAtOnceThenEveryInterval() {
        scheduler.requestNow();
        timers.runDue();

        assertEquals(List.of(START), runs);
        assertEquals(Optional.of(START.plus(SETTINGS.interval())), timers.nextDue());
        assertEquals(START, scheduler.status().lastSuccess());
        assertEquals(OK, scheduler.status().lastSummary());

        timers.advance(Duration.ofMinutes(31));

        assertEquals(List.of(START, START.plusSeconds(900), START.plusSeconds(1800)), runs);
    }

    @Test
    void whileTheServerIsOutOfReachEachWaitIsLongerUntilASuccess() {
        answers.addAll(List.of(UNREACHABLE, UNREACHABLE, UNREACHABLE, UNREACHABLE));
        scheduler.requestNow();

        timers.advance(Duration.ofMinutes(10));

        // Waits of 30, 60, 120 and 240 s (the random draw is 1.0: the whole ceiling), then a success.
        assertEquals(List.of(START, START.plusSeconds(30), START.plusSeconds(90), START.plusSeconds(210),
                START.plusSeconds(450)), runs);
        assertEquals(0, scheduler.status().failures());
        assertEquals(START.plusSeconds(450), scheduler.status().lastSuccess());
        assertEquals(Optional.of(START.plusSeconds(450 + 900)), timers.nextDue(), "back to the interval");
    }

    @Test
    void theStatusSaysWhenTheNextTryIsWhileFailing() {
        answers.addAll(List.of(UNREACHABLE, UNREACHABLE));
        scheduler.requestNow();
        timers.runDue();

        SyncStatus status = scheduler.status();
        assertFalse(status.running());
        assertEquals(1, status.failures());
        assertNull(status.lastSuccess());
        assertEquals(START.plusSeconds(30), status.nextAttempt());
        assertEquals(UNREACHABLE, status.lastSummary());
    }

    @Test
    void theBackoffIsJitteredByTheInjectedRandom() {
        scheduler.close();
        double[] draws = {0.0, 0.5};
        AtomicInteger draw = new AtomicInteger();
        runs.clear();
        scheduler = new SyncScheduler(() -> {
            runs.add(timers.instant());
            return UNREACHABLE;
        }, timers = new ManualTimers(START), timers,
                new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(15), () -> draws[draw.getAndIncrement() % 2]),
                SETTINGS, null);
        scheduler.requestNow();

        timers.advance(Duration.ofSeconds(100));

        // 15 s (half of 30), then 45 s (half of 60 plus half the rest), then 60 s (half of 120).
        assertEquals(List.of(START, START.plusSeconds(15), START.plusSeconds(60)), runs);
        assertEquals(Optional.of(START.plusSeconds(120)), timers.nextDue());
    }

    @Test
    void syncNowCutsTheBackoffShortButASaveDoesNot() {
        answers.addAll(List.of(UNREACHABLE, UNREACHABLE));
        scheduler.requestNow();
        timers.runDue();
        timers.advance(Duration.ofSeconds(30)); // second failure: next try in 60 s
        assertEquals(2, runs.size());

        scheduler.localWrite();
        timers.advance(Duration.ofSeconds(10));
        assertEquals(2, runs.size(), "a save waits for the backoff's try");

        scheduler.requestNow();
        timers.runDue();
        assertEquals(List.of(START, START.plusSeconds(30), START.plusSeconds(40)), runs);
    }

    @Test
    void aSaveSyncsShortlyAndSavesInQuickSuccessionGoInOneSync() {
        scheduler.requestNow();
        timers.runDue();
        runs.clear();

        scheduler.localWrite();
        timers.advance(Duration.ofSeconds(1));
        scheduler.localWrite();
        timers.advance(Duration.ofSeconds(1));
        scheduler.localWrite();
        timers.advance(Duration.ofSeconds(5));

        assertEquals(List.of(START.plusSeconds(3)), runs, "one sync, 3 s after the first save");
        assertEquals(Optional.of(START.plusSeconds(3 + 900)), timers.nextDue());
    }

    @Test
    void aRequestDuringARunPlansExactlyOneMoreStraightAfter() {
        scheduler.close();
        runs.clear();
        timers = new ManualTimers(START);
        scheduler = new SyncScheduler(() -> {
            runs.add(timers.instant());
            if (runs.size() == 1) {
                scheduler.localWrite(); // a save while the first sync runs
                scheduler.requestNow(); // and "Sync now"
            }
            return OK;
        }, timers, timers, new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(15), () -> 1.0), SETTINGS, null);

        scheduler.requestNow();
        timers.runDue();

        assertEquals(List.of(START, START), runs, "one more run, after the first ended");
        assertEquals(1, timers.waiting(), "then only the interval's");
    }

    @Test
    void aSyncThatNeedsThePersonStopsUntilTheyAsk() {
        answers.add(SIGN_IN);
        scheduler.requestNow();
        timers.advance(Duration.ofHours(2));

        assertEquals(List.of(START), runs);
        assertEquals(0, scheduler.status().failures(), "not a connection problem: no backoff");
        assertNull(scheduler.status().nextAttempt());
        scheduler.localWrite();
        timers.advance(Duration.ofMinutes(1));
        assertEquals(1, runs.size());

        scheduler.requestNow();
        timers.runDue();
        assertEquals(2, runs.size());
    }

    @Test
    void listenersHearTheStartAndTheEndOfEachRun() {
        scheduler.requestNow();
        heard.clear();

        timers.runDue();

        assertEquals(2, heard.size());
        assertTrue(heard.get(0).running());
        assertFalse(heard.get(1).running());
        assertEquals(OK, heard.get(1).lastSummary());
    }

    @Test
    void afterCloseNothingRuns() {
        scheduler.requestNow();
        scheduler.close();
        timers.advance(Duration.ofHours(1));

        assertEquals(List.of(), runs);
        assertTrue(timers.closed);
        scheduler.requestNow();
        assertEquals(0, timers.waiting());
    }

    @Test
    void onRealTimersTwoSyncsNeverOverlap() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(5);
        SyncScheduler real = new SyncScheduler(() -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            done.incrementAndGet();
            enough.countDown();
            return OK;
        }, new ExecutorTimers("test-sync"), java.time.Clock.systemUTC(),
                new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(15), Math::random),
                new SyncScheduler.Settings(Duration.ofMillis(5), Duration.ofMillis(1)), null);
        try {
            List<Thread> pressers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Thread presser = new Thread(() -> {
                    for (int n = 0; n < 50; n++) {
                        real.requestNow();
                        real.localWrite();
                    }
                });
                pressers.add(presser);
                presser.start();
            }
            for (Thread presser : pressers) {
                presser.join();
            }
            assertTrue(enough.await(10, TimeUnit.SECONDS));
        } finally {
            real.close();
        }
        assertEquals(1, most.get(), "never two syncs at once");
        assertTrue(done.get() >= 5);
    }
}
