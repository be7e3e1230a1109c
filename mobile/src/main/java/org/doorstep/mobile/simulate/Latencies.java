package org.doorstep.mobile.simulate;

import java.util.Arrays;

/** Durations of one kind of request, in microseconds; safe to record from many threads. */
final class Latencies {
    private long[] values = new long[1024];
    private int size;

    synchronized void record(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos / 1_000;
    }

    synchronized int count() {
        return size;
    }

    /** The {@code percent} percentile in milliseconds (nearest rank), or 0 when nothing was recorded. */
    synchronized double percentileMillis(double percent) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * size);
        return sorted[Math.max(0, Math.min(size, rank) - 1)] / 1_000.0;
    }

    synchronized double maxMillis() {
        long max = 0;
        for (int i = 0; i < size; i++) {
            max = Math.max(max, values[i]);
        }
        return max / 1_000.0;
    }
}
