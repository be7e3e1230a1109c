package org.doorstep.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.doorstep.protocol.push.RecordVisit;
import org.doorstep.server.ServerTest;
import org.junit.jupiter.api.Test;

/**
 * Eight devices push while a ninth pulls in a loop. After the writers stop and the reader drains,
 * the reader must have seen every acknowledged visit exactly once: a cursor that skipped a change
 * committed late would lose it for that device for ever.
 */
@MicronautTest(transactional = false)
class CursorUnderConcurrencyTest extends ServerTest {
    private static final int WRITERS = 8;
    private static final int PUSHES_PER_WRITER = 25;
    private static final int VISITS_PER_PUSH = 4;

    @Test
    void aReaderPullingDuringConcurrentWritesSeesEveryChangeExactlyOnce() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(pool.submit(() -> {
                for (int p = 0; p < PUSHES_PER_WRITER; p++) {
                    RecordVisit[] batch = new RecordVisit[VISITS_PER_PUSH];
                    for (int i = 0; i < VISITS_PER_PUSH; i++) {
                        batch[i] = record(visit(UUID.randomUUID()));
                    }
                    Reply reply = post("/api/sync/v1/push", pushBody(batch));
                    for (JsonNode result : reply.body().get("results")) {
                        if (result.get("outcome").asText().equals("applied")) {
                            acknowledged.add(result.get("entityId").asText());
                        }
                    }
                }
                return null;
            }));
        }
        Future<List<String>> reader = pool.submit(() -> {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            boolean drained = false;
            while (!drained) {
                boolean writersDone = !writing.get();
                Reply reply = get("/api/sync/v1/pull?protocolVersion=1&deviceId=device-test&limit=37"
                        + (cursor == null ? "" : "&after=" + cursor));
                for (JsonNode change : reply.body().get("changes")) {
                    if (change.get("type").asText().equals("visit")) {
                        seen.add(change.at("/visit/visit/id").asText());
                    }
                }
                cursor = reply.text("/nextCursor");
                drained = writersDone && !reply.body().get("hasMore").asBoolean();
            }
            return seen;
        });
        for (Future<?> writer : writers) {
            writer.get(5, TimeUnit.MINUTES);
        }
        writing.set(false);
        List<String> seen = reader.get(5, TimeUnit.MINUTES);
        pool.shutdown();

        assertEquals(WRITERS * PUSHES_PER_WRITER * VISITS_PER_PUSH, acknowledged.size());
        Set<String> distinct = new HashSet<>(seen);
        assertEquals(seen.size(), distinct.size(), "a change was delivered twice");
        Set<String> missed = new HashSet<>(acknowledged);
        missed.removeAll(distinct);
        assertTrue(missed.isEmpty(), missed.size() + " acknowledged visits never reached the reader");
    }
}
