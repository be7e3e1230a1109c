package org.doorstep.compliance.visits;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.doorstep.compliance.result.Flag;
import org.doorstep.compliance.time.LondonTime;

/**
 * A child's visits in time order, with each visit's London date worked out once. Immutable; adding a
 * visit ({@link #with(Visit)}) returns a new log. Rules read only the part of the log they need, so the
 * server may pass a child's whole history to every rule.
 */
public final class VisitLog {
    /** How far device and server clocks may disagree before a visit is flagged {@link Flag#CLOCK_SKEW}. */
    public static final Duration CLOCK_SKEW_TOLERANCE = Duration.ofMinutes(5);

    private static final Comparator<Visit> BY_TIME = Comparator.comparing(Visit::at);
    private static final VisitLog EMPTY = new VisitLog(new Visit[0]);
    private static final Flag[] FLAGS = Flag.values();

    // Each visit's facts as the rules need them, in primitive arrays read in order: the hot loops never
    // chase a pointer to a Visit or an Instant.
    private static final byte STATUTORY = 1;
    private static final byte SEEN = 2;
    private static final byte ALONE = 4;
    private static final byte REASON = 8;
    private static final byte SKEWED = 16;

    private final Visit[] visits;
    private final int[] londonDays;
    private final long[] seconds;
    private final int[] nanos;
    private final byte[] traits;

    private VisitLog(Visit[] sorted) {
        int n = sorted.length;
        this.visits = sorted;
        this.londonDays = new int[n];
        this.seconds = new long[n];
        this.nanos = new int[n];
        this.traits = new byte[n];
        for (int i = 0; i < n; i++) {
            set(i, sorted[i]);
        }
    }

    private VisitLog(Visit[] visits, int[] londonDays, long[] seconds, int[] nanos, byte[] traits) {
        this.visits = visits;
        this.londonDays = londonDays;
        this.seconds = seconds;
        this.nanos = nanos;
        this.traits = traits;
    }

    private void set(int i, Visit v) {
        visits[i] = v;
        londonDays[i] = (int) LondonTime.dateOf(v.at()).toEpochDay();
        seconds[i] = v.at().getEpochSecond();
        nanos[i] = v.at().getNano();
        traits[i] = (byte) ((v.type() == VisitType.STATUTORY ? STATUTORY : 0) | (v.seen() ? SEEN : 0)
                | (v.seenAlone() ? ALONE : 0) | (v.notAloneReason() != null ? REASON : 0) | (isSkewed(v) ? SKEWED : 0));
    }

    public static VisitLog empty() {
        return EMPTY;
    }

    /** A log of {@code visits} in any order. */
    public static VisitLog of(Collection<Visit> visits) {
        Visit[] sorted = visits.toArray(new Visit[0]);
        Arrays.sort(sorted, BY_TIME);
        return new VisitLog(sorted);
    }

    /** This log plus {@code visit}, kept in time order (O(n) copy). */
    public VisitLog with(Visit visit) {
        int at = upperBound(visit.at());
        int n = visits.length;
        VisitLog log = new VisitLog(new Visit[n + 1], new int[n + 1], new long[n + 1], new int[n + 1], new byte[n + 1]);
        copy(this, 0, log, 0, at);
        copy(this, at, log, at + 1, n - at);
        log.set(at, visit);
        return log;
    }

    private static void copy(VisitLog from, int fromIndex, VisitLog to, int toIndex, int length) {
        System.arraycopy(from.visits, fromIndex, to.visits, toIndex, length);
        System.arraycopy(from.londonDays, fromIndex, to.londonDays, toIndex, length);
        System.arraycopy(from.seconds, fromIndex, to.seconds, toIndex, length);
        System.arraycopy(from.nanos, fromIndex, to.nanos, toIndex, length);
        System.arraycopy(from.traits, fromIndex, to.traits, toIndex, length);
    }

    public int size() {
        return visits.length;
    }

    /** The visits in time order. */
    public List<Visit> visits() {
        return List.of(visits);
    }

    /**
     * London epoch days of the qualifying visits (C7) in {@code [from, to]} that happened by {@code asOf},
     * sorted, several visits on one day counted once.
     */
    public int[] qualifyingDays(LocalDate from, LocalDate to, Instant asOf, boolean requireSeenAlone) {
        int first = firstOnOrAfter(from.toEpochDay());
        long last = to.toEpochDay();
        long asOfSeconds = asOf.getEpochSecond();
        int asOfNanos = asOf.getNano();
        int mask = STATUTORY | SEEN | (requireSeenAlone ? ALONE : 0);
        int[] out = new int[visits.length - first];
        int n = 0;
        for (int i = first; i < visits.length && londonDays[i] <= last; i++) {
            if (isAfter(i, asOfSeconds, asOfNanos)) {
                break;
            }
            if ((traits[i] & mask) == mask && (n == 0 || out[n - 1] != londonDays[i])) {
                out[n++] = londonDays[i];
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /**
     * Record-quality flags for the statutory visits in {@code [from, to]} (C7, C8, future-dated, clock skew).
     *
     * @param allowedNotAloneReasons the only acceptable reasons for not seeing the child alone, or
     *                               {@code null} when any recorded reason is acceptable
     */
    public List<Flag> flags(LocalDate from, LocalDate to, Instant asOf, Set<String> allowedNotAloneReasons) {
        int mask = 0;
        long last = to.toEpochDay();
        long asOfSeconds = asOf.getEpochSecond();
        int asOfNanos = asOf.getNano();
        for (int i = firstOnOrAfter(from.toEpochDay()); i < visits.length && londonDays[i] <= last; i++) {
            byte t = traits[i];
            if ((t & STATUTORY) == 0) {
                continue;
            }
            if (isAfter(i, asOfSeconds, asOfNanos)) {
                mask |= bit(Flag.VISIT_FUTURE_DATED);
            }
            if ((t & SEEN) == 0) {
                mask |= bit(Flag.VISIT_CHILD_NOT_SEEN);
            } else if ((t & ALONE) == 0) {
                if ((t & REASON) == 0) {
                    mask |= bit(Flag.SEEN_ALONE_REASON_MISSING);
                } else if (allowedNotAloneReasons != null
                        && !allowedNotAloneReasons.contains(visits[i].notAloneReason())) {
                    mask |= bit(Flag.NOT_ALONE_REASON_NOT_ALLOWED);
                }
            }
            if ((t & SKEWED) != 0) {
                mask |= bit(Flag.CLOCK_SKEW);
            }
        }
        return toList(mask);
    }

    private boolean isAfter(int i, long asOfSeconds, int asOfNanos) {
        return seconds[i] > asOfSeconds || (seconds[i] == asOfSeconds && nanos[i] > asOfNanos);
    }

    /** The flags whose bits are set in {@code mask}, in {@link Flag} order. */
    static List<Flag> toList(int mask) {
        if (mask == 0) {
            return List.of();
        }
        List<Flag> list = new ArrayList<>(Integer.bitCount(mask));
        for (Flag f : FLAGS) {
            if ((mask & bit(f)) != 0) {
                list.add(f);
            }
        }
        return list;
    }

    private static int bit(Flag f) {
        return 1 << f.ordinal();
    }

    private static boolean isSkewed(Visit v) {
        if (v.recordedAt() != null && v.at().isAfter(v.recordedAt().plus(CLOCK_SKEW_TOLERANCE))) {
            return true; // recorded before it happened
        }
        return v.recordedAt() != null && v.receivedAt() != null
                && v.recordedAt().isAfter(v.receivedAt().plus(CLOCK_SKEW_TOLERANCE)); // device clock ahead
    }

    private int firstOnOrAfter(long epochDay) {
        int lo = 0;
        int hi = londonDays.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (londonDays[mid] < epochDay) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int upperBound(Instant at) {
        int lo = 0;
        int hi = visits.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (!visits[mid].at().isAfter(at)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
