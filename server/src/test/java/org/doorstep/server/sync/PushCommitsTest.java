package org.doorstep.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.doorstep.protocol.push.PushResponse;
import org.doorstep.server.web.ApiErrorException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The group commit's rules, with the transactions replaced by a recorder: pushes that wait while another is
 * written share the next transaction; nobody is answered before their transaction ended; a failing group is
 * applied again push by push, so one bad push fails alone. (The push tests over HTTP, the replay from 8
 * threads and the kill -9 runs exercise it against the real databases.)
 */
class PushCommitsTest {
    private final ExecutorService devices = Executors.newFixedThreadPool(4);
    private final Recorder groups = new Recorder();
    private final PushCommits commits = new PushCommits(groups, Duration.ofSeconds(10));

    @AfterEach
    void stop() throws InterruptedException {
        commits.stop();
        devices.shutdownNow();
    }

    @Test
    void pushesArrivingDuringAWriteShareTheNextTransactionAndAreAnsweredOnlyAfterIt() throws Exception {
        groups.holdFirstGroup = new CountDownLatch(1);
        Future<PushResponse> first = devices.submit(() -> commits.apply(push("device-1"), List.of(), null, Instant.EPOCH));
        groups.firstGroupStarted.await(5, TimeUnit.SECONDS);
        List<Future<PushResponse>> waiting = new ArrayList<>();
        for (String device : List.of("device-2", "device-3", "device-4")) {
            waiting.add(devices.submit(() -> commits.apply(push(device), List.of(), null, Instant.EPOCH)));
        }
        awaitQueued(3);

        Thread.sleep(100);
        assertFalse(first.isDone(), "no answer before the transaction ends");
        groups.holdFirstGroup.countDown();

        assertEquals("device-1", first.get(5, TimeUnit.SECONDS).results().get(0).error().message());
        for (int i = 0; i < waiting.size(); i++) {
            assertEquals("device-" + (i + 2), waiting.get(i).get(5, TimeUnit.SECONDS).results().get(0).error().message());
        }
        assertEquals(List.of(List.of("device-1"), List.of("device-2", "device-3", "device-4")), groups.groups);
    }

    @Test
    void aFailingGroupIsAppliedAgainPushByPushSoOnlyTheBadPushFails() throws Exception {
        groups.holdFirstGroup = new CountDownLatch(1);
        Future<PushResponse> first = devices.submit(() -> commits.apply(push("device-1"), List.of(), null, Instant.EPOCH));
        groups.firstGroupStarted.await(5, TimeUnit.SECONDS);
        Future<PushResponse> good = devices.submit(() -> commits.apply(push("device-2"), List.of(), null, Instant.EPOCH));
        awaitQueued(1);
        Future<PushResponse> bad = devices.submit(() -> commits.apply(push("poison"), List.of(), null, Instant.EPOCH));
        awaitQueued(2);
        groups.holdFirstGroup.countDown();

        first.get(5, TimeUnit.SECONDS);
        assertEquals("device-2", good.get(5, TimeUnit.SECONDS).results().get(0).error().message());
        Exception failure = assertThrows(Exception.class, () -> bad.get(5, TimeUnit.SECONDS));
        assertSame(Recorder.POISONED, failure.getCause(), "the database's own exception reaches the request");
        assertEquals(List.of(List.of("device-1"), List.of("device-2", "poison"), List.of("device-2"), List.of("poison")),
                groups.groups, "the group failed whole, then each push was tried alone");
    }

    @Test
    void aPushAfterStoppingIsRefusedAsUnavailable() throws InterruptedException {
        commits.stop();

        ApiErrorException refused = assertThrows(ApiErrorException.class,
                () -> commits.apply(push("device-1"), List.of(), null, Instant.EPOCH));

        assertEquals(503, refused.status().getCode());
        assertTrue(groups.groups.isEmpty());
    }

    private void awaitQueued(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (commits.queued() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(count, commits.queued());
    }

    private static ParsedPush push(String deviceId) {
        return new ParsedPush(1, deviceId, List.of());
    }

    /** Stands in for the transactions: records each one's pushes, answers each push with its device id. */
    private static final class Recorder extends PushGroups {
        static final RuntimeException POISONED = new IllegalStateException("this push always fails");
        final List<List<String>> groups = new CopyOnWriteArrayList<>();
        final CountDownLatch firstGroupStarted = new CountDownLatch(1);
        CountDownLatch holdFirstGroup = new CountDownLatch(0);

        Recorder() {
            super(null);
        }

        @Override
        public List<PushResponse> applyAll(List<PushCommits.Pending> group) {
            groups.add(group.stream().map(p -> p.push().deviceId()).toList());
            if (firstGroupStarted.getCount() > 0) {
                firstGroupStarted.countDown();
                try {
                    holdFirstGroup.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (group.stream().anyMatch(p -> p.push().deviceId().equals("poison"))) {
                throw POISONED;
            }
            return group.stream().map(Recorder::answer).toList();
        }

        @Override
        public PushResponse applyOne(PushCommits.Pending pending) {
            groups.add(List.of(pending.push().deviceId()));
            if (pending.push().deviceId().equals("poison")) {
                throw POISONED;
            }
            return answer(pending);
        }

        private static PushResponse answer(PushCommits.Pending pending) {
            return new PushResponse(Instant.EPOCH, List.of(org.doorstep.protocol.push.MutationResult.rejected(null, null,
                    org.doorstep.protocol.ApiError.of(org.doorstep.protocol.ErrorCode.INVALID_FORMAT, pending.push().deviceId()))));
        }
    }
}
