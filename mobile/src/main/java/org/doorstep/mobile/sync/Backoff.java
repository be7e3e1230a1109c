package org.doorstep.mobile.sync;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before the next attempt while the server cannot be reached: {@code first} after the
 * first failure, doubling with each failure in a row up to {@code max}, and each wait drawn between half
 * and all of that ("equal jitter"), so that a team's phones coming back into signal together do not all
 * call the server in the same second.
 */
public final class Backoff {
    private final Duration first;
    private final Duration max;
    private final DoubleSupplier random;

    /** {@code random} gives numbers in [0, 1): {@code Math::random} in the app, fixed values in tests. */
    public Backoff(Duration first, Duration max, DoubleSupplier random) {
        this.first = Objects.requireNonNull(first, "first");
        this.max = Objects.requireNonNull(max, "max");
        this.random = Objects.requireNonNull(random, "random");
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("Backoff needs 0 < first <= max; got first " + first + ", max " + max);
        }
    }

    /** The wait after {@code failures} failures in a row (1 or more). */
    public Duration delay(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be at least 1, was " + failures);
        }
        long ceiling = max.toMillis();
        long doubled = first.toMillis();
        for (int i = 1; i < failures && doubled < ceiling; i++) {
            doubled *= 2;
        }
        long cap = Math.min(doubled, ceiling);
        double draw = Math.min(Math.max(random.getAsDouble(), 0), 1);
        return Duration.ofMillis(cap / 2 + Math.round(draw * (cap - cap / 2)));
    }
}
