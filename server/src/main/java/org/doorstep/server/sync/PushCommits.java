package org.doorstep.server.sync;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.doorstep.protocol.ApiError;
import org.doorstep.protocol.ErrorCode;
import org.doorstep.protocol.push.PushResponse;
import org.doorstep.server.scope.Caller;
import org.doorstep.server.visits.VisitWriter;
import org.doorstep.server.web.ApiErrorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit of pushes. Writes queue here and one writer thread applies whatever has queued up in one
 * database transaction, then answers each push once that transaction has committed.
 *
 * <p>Why: both databases take pushes one at a time (SQLite has one writer; on PostgreSQL the change counter's
 * row lock orders them), and measured on this project's machines about half of each push's turn was its
 * commit, the wait for the disk to confirm the write (synchronous=FULL). Pushes that arrive while one is being
 * written now share the next commit. Nothing is acknowledged before its commit: a device is told "applied" only
 * for what is on disk.
 *
 * <p>One bad push cannot take others down with it: when a group's transaction fails, each push of the group is
 * applied again alone, in its own transaction, and answered by its own outcome (idempotent writes make the
 * repeat safe: the failed group stored nothing).
 */
@Singleton
class PushCommits {
    private static final Logger LOG = LoggerFactory.getLogger(PushCommits.class);
    /** Mutations in one group at most: bounds how long one transaction holds the write lock. */
    static final int MAX_GROUP_MUTATIONS = 2_000;

    private final PushGroups groups;
    private final long waitMillis;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean stopping;

    PushCommits(PushGroups groups, @Value("${doorstep.sync.push-wait:60s}") java.time.Duration wait) {
        this.groups = groups;
        this.waitMillis = wait.toMillis();
        this.writer = new Thread(this::run, "push-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Applies {@code push} in the next group; blocks until that group's transaction ended. */
    PushResponse apply(ParsedPush push, List<VisitWriter.Prepared> prepared, Caller caller, Instant now) {
        Pending pending = new Pending(push, prepared, caller, now, new CompletableFuture<>());
        queue.add(pending);
        if (stopping && queue.remove(pending)) {
            throw stopped(); // stopping: the writer may have left already, and would never take it
        }
        try {
            return pending.answer().get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure; // the database's own exception, so that it is answered as any other database failure
            }
            throw new IllegalStateException("The push could not be applied", e.getCause());
        } catch (TimeoutException e) {
            throw new ApiErrorException(HttpStatus.SERVICE_UNAVAILABLE, ApiError.of(ErrorCode.SERVER_UNAVAILABLE,
                    "The server is too busy to confirm this push now. Send it again later: what was stored is then "
                            + "acknowledged as a duplicate, never stored twice."));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stopped();
        }
    }

    /** Pushes waiting for the writer (for tests). */
    int queued() {
        return queue.size();
    }

    private void run() {
        while (!stopping) {
            List<Pending> group = new ArrayList<>();
            try {
                group.add(queue.take());
                int mutations = group.get(0).push().entries().size();
                Pending next;
                while ((next = queue.peek()) != null && mutations + next.push().entries().size() <= MAX_GROUP_MUTATIONS) {
                    group.add(queue.remove());
                    mutations += next.push().entries().size();
                }
                write(group);
            } catch (InterruptedException e) {
                group.forEach(p -> p.answer().completeExceptionally(stopped()));
                break;
            } catch (Throwable unexpected) {
                LOG.error("The push writer failed; its pushes are answered with the error", unexpected);
                group.forEach(p -> p.answer().completeExceptionally(unexpected));
            }
        }
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> p.answer().completeExceptionally(stopped()));
    }

    private void write(List<Pending> group) {
        List<PushResponse> responses;
        try {
            responses = groups.applyAll(group);
        } catch (RuntimeException groupFailed) {
            if (group.size() == 1) {
                group.get(0).answer().completeExceptionally(groupFailed);
                return;
            }
            LOG.warn("A group of {} pushes failed ({}); applying each alone", group.size(), groupFailed.toString());
            for (Pending pending : group) {
                try {
                    pending.answer().complete(groups.applyOne(pending));
                } catch (RuntimeException failed) {
                    pending.answer().completeExceptionally(failed);
                }
            }
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            group.get(i).answer().complete(responses.get(i));
        }
    }

    private static ApiErrorException stopped() {
        return new ApiErrorException(HttpStatus.SERVICE_UNAVAILABLE, ApiError.of(ErrorCode.SERVER_UNAVAILABLE,
                "The server is shutting down; nothing of this push was stored. Send it again later."));
    }

    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        writer.interrupt();
        writer.join(10_000);
    }

    /** A push waiting for its group. */
    record Pending(ParsedPush push, List<VisitWriter.Prepared> prepared, Caller caller, Instant now,
                   CompletableFuture<PushResponse> answer) {
    }
}
