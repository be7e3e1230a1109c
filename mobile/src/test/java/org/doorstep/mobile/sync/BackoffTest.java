package org.doorstep.mobile.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static final Duration FIRST = Duration.ofSeconds(30);
    private static final Duration MAX = Duration.ofMinutes(15);

    @Test
    void theCeilingDoublesWithEachFailureUpToTheMaximum() {
        Backoff highest = new Backoff(FIRST, MAX, () -> 1.0);

        assertEquals(List.of(30L, 60L, 120L, 240L, 480L, 900L, 900L, 900L),
                IntStream.rangeClosed(1, 8).mapToObj(n -> highest.delay(n).toSeconds()).toList());
    }

    @Test
    void theJitterDrawsBetweenHalfAndAllOfTheCeiling() {
        assertEquals(Duration.ofSeconds(60), new Backoff(FIRST, MAX, () -> 0.0).delay(3), "half of 120 s");
        assertEquals(Duration.ofSeconds(90), new Backoff(FIRST, MAX, () -> 0.5).delay(3));
        assertEquals(Duration.ofSeconds(450), new Backoff(FIRST, MAX, () -> 0.0).delay(40), "half of the maximum");
        assertEquals(Duration.ofMillis(15_000 + 7_500), new Backoff(FIRST, MAX, () -> 0.5).delay(1));
    }

    @Test
    void aHugeNumberOfFailuresDoesNotOverflow() {
        assertEquals(MAX, new Backoff(FIRST, MAX, () -> 1.0).delay(Integer.MAX_VALUE));
    }

    @Test
    void nonsenseIsRefusedWithAReason() {
        assertEquals("failures must be at least 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> new Backoff(FIRST, MAX, () -> 0).delay(0)).getMessage());
        assertEquals("Backoff needs 0 < first <= max; got first PT30S, max PT10S",
                assertThrows(IllegalArgumentException.class,
                        () -> new Backoff(FIRST, Duration.ofSeconds(10), () -> 0)).getMessage());
    }
}
