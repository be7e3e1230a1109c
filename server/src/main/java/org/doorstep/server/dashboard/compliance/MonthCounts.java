package org.doorstep.server.dashboard.compliance;

import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/**
 * A child's statutory visits per London month: made in time, made late (the visit closed a gap that had run
 * past its due date), where the child was seen, seen alone, and not seen. Stored in the snapshot as text,
 * {@code YYYY-MM:in_time,late,seen,seen_alone,not_seen} joined by {@code ;}.
 */
public final class MonthCounts {
    public static final int IN_TIME = 0;
    public static final int LATE = 1;
    public static final int SEEN = 2;
    public static final int SEEN_ALONE = 3;
    public static final int NOT_SEEN = 4;
    private static final int SIZE = 5;
    private final TreeMap<YearMonth, int[]> months = new TreeMap<>();

    public void add(YearMonth month, int counter) {
        months.computeIfAbsent(month, m -> new int[SIZE])[counter]++;
    }

    /** Adds every count of {@code other} to this one. */
    public void addAll(MonthCounts other) {
        for (Map.Entry<YearMonth, int[]> e : other.months.entrySet()) {
            int[] into = months.computeIfAbsent(e.getKey(), m -> new int[SIZE]);
            for (int i = 0; i < SIZE; i++) {
                into[i] += e.getValue()[i];
            }
        }
    }

    public int get(YearMonth month, int counter) {
        int[] counts = months.get(month);
        return counts == null ? 0 : counts[counter];
    }

    public String encode() {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<YearMonth, int[]> e : months.entrySet()) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            int[] c = e.getValue();
            text.append(e.getKey()).append(':').append(c[0]).append(',').append(c[1]).append(',').append(c[2])
                    .append(',').append(c[3]).append(',').append(c[4]);
        }
        return text.toString();
    }

    /** Decodes {@link #encode()}'s text, adding into {@code into} (so that many children sum without copies). */
    public static void decodeInto(String text, MonthCounts into) {
        if (text == null || text.isEmpty()) {
            return;
        }
        int at = 0;
        while (at < text.length()) {
            int end = text.indexOf(';', at);
            if (end < 0) {
                end = text.length();
            }
            int colon = text.indexOf(':', at);
            YearMonth month = YearMonth.of(Integer.parseInt(text, at, at + 4, 10), Integer.parseInt(text, at + 5, at + 7, 10));
            int[] counts = into.months.computeIfAbsent(month, m -> new int[SIZE]);
            int from = colon + 1;
            for (int i = 0; i < SIZE; i++) {
                int comma = i < SIZE - 1 ? text.indexOf(',', from) : end;
                counts[i] += Integer.parseInt(text, from, comma, 10);
                from = comma + 1;
            }
            at = end + 1;
        }
    }

    public static MonthCounts decode(String text) {
        MonthCounts counts = new MonthCounts();
        decodeInto(text, counts);
        return counts;
    }
}
