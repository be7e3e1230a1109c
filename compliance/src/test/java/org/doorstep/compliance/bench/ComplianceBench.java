package org.doorstep.compliance.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.doorstep.compliance.engine.ChildCompliance;
import org.doorstep.compliance.engine.ChildRecord;
import org.doorstep.compliance.engine.ComplianceEngine;
import org.doorstep.compliance.result.Status;
import org.doorstep.compliance.visits.Visit;

/**
 * {@code ./doorstep bench compliance}: evaluates every rule for 50,000 synthetic children with three years
 * of visits each, on one thread, and one child's re-evaluation after a new visit. Plain
 * {@link System#nanoTime()} timing: warm-up runs first, then the median of several, each run starting after an
 * untimed {@link System#gc()} so that every run meets the same heap (without it, a default JVM whose heap is
 * still growing spends most of a run taking page faults on fresh memory). Targets: the whole authority in
 * under 1 s; one child in under 50 microseconds.
 */
public final class ComplianceBench {
    private static final int DEFAULT_CHILDREN = 50_000;
    private static final int WARM_UP_RUNS = 5;
    private static final int MEASURED_RUNS = 9;
    private static final int SINGLE_WARM_UP = 100_000;
    private static final int SINGLE_MEASURED = 200_000;

    private ComplianceBench() {
    }

    /** Optional argument: the number of children (default 50,000), e.g. a small number for a smoke run. */
    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_CHILDREN;
        ComplianceEngine engine = ComplianceEngine.englandDefaults();
        long t0 = System.nanoTime();
        List<ChildRecord> children = new SyntheticAuthority(20_260_601L).children(count);
        long built = System.nanoTime() - t0;
        long visits = children.stream().mapToLong(c -> c.visits().size()).sum();
        long episodes = children.stream().mapToLong(c -> c.missingEpisodes().size()).sum();
        System.out.printf("Synthetic authority: %,d children, %,d visits (%.1f per child), %,d missing episodes; built in %d ms%n",
                count, visits, (double) visits / count, episodes, built / 1_000_000);
        System.out.printf("Java %s, %d available processors; evaluation on one thread%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());

        long[] runs = new long[MEASURED_RUNS];
        int overdue = 0;
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            overdue = evaluateAll(engine, children);
        }
        long[] cpu = new long[MEASURED_RUNS];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long gcBefore = gcMillis();
        for (int i = 0; i < MEASURED_RUNS; i++) {
            System.gc(); // every run starts from the same heap state; the collection is not timed
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            overdue = evaluateAll(engine, children);
            runs[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        long gc = gcMillis() - gcBefore; // includes the untimed System.gc() between runs
        long allocated = allocatedBytes();
        evaluateAll(engine, children);
        allocated = allocatedBytes() - allocated;
        StringBuilder each = new StringBuilder();
        for (int i = 0; i < MEASURED_RUNS; i++) {
            each.append(i == 0 ? "" : ", ").append(runs[i] / 1_000_000).append(" (cpu ").append(cpu[i] / 1_000_000).append(')');
        }
        Arrays.sort(cpu);
        Arrays.sort(runs);
        double medianMs = runs[MEASURED_RUNS / 2] / 1e6;
        System.out.printf("Whole authority (all rules, %d runs after %d warm-up): median %.1f ms, min %.1f ms, max %.1f ms"
                + " -> %,.0f children/s  [target < 1000 ms]%n", MEASURED_RUNS, WARM_UP_RUNS, medianMs, runs[0] / 1e6,
                runs[MEASURED_RUNS - 1] / 1e6, count / (medianMs / 1000));
        System.out.printf("  runs in order, wall ms (thread CPU ms): %s%n", each);
        System.out.printf("  median thread CPU time %.1f ms; allocated per run: %d MB; garbage collection: %d ms in total,"
                + " all but the run-time part in the untimed System.gc() before each run%n",
                cpu[MEASURED_RUNS / 2] / 1e6, allocated >> 20, gc);
        System.out.printf("  children with at least one overdue rule: %,d%n", overdue);

        reEvaluation(engine, children);
    }

    /** Bytes this thread has allocated, where the JVM can tell (HotSpot can); -1 otherwise. */
    private static long allocatedBytes() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (threads instanceof com.sun.management.ThreadMXBean) {
            return ((com.sun.management.ThreadMXBean) threads).getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return -1;
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    /** Evaluates every child; returns how many have an overdue rule (also keeps the work observable). */
    private static int evaluateAll(ComplianceEngine engine, List<ChildRecord> children) {
        int overdue = 0;
        for (ChildRecord child : children) {
            ChildCompliance c = engine.evaluate(child, SyntheticAuthority.AS_OF);
            if (c.worstStatus() == Status.OVERDUE) {
                overdue++;
            }
        }
        return overdue;
    }

    /** One child: add a new visit to its log and evaluate all its rules again. */
    private static void reEvaluation(ComplianceEngine engine, List<ChildRecord> children) {
        Random random = new Random(7);
        Instant visitAt = SyntheticAuthority.AS_OF.minusSeconds(3_600);
        Visit visit = Visit.seenAlone(visitAt);
        long sink = 0;
        for (int i = 0; i < SINGLE_WARM_UP; i++) {
            sink += once(engine, children.get(random.nextInt(children.size())), visit);
        }
        long[] nanos = new long[SINGLE_MEASURED];
        for (int i = 0; i < SINGLE_MEASURED; i++) {
            ChildRecord child = children.get(random.nextInt(children.size()));
            long start = System.nanoTime();
            sink += once(engine, child, visit);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        ChildRecord largest = children.stream().max((a, b) -> Integer.compare(a.visits().size(), b.visits().size())).orElseThrow();
        long[] largestNanos = new long[20_000];
        for (int i = 0; i < largestNanos.length; i++) {
            long start = System.nanoTime();
            sink += once(engine, largest, visit);
            largestNanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(largestNanos);
        System.out.printf("One child's re-evaluation after a new visit (%,d random children): median %.1f us, p99 %.1f us"
                + "  [target < 50 us]%n", SINGLE_MEASURED, nanos[nanos.length / 2] / 1e3, nanos[(int) (nanos.length * 0.99)] / 1e3);
        System.out.printf("  the child with most visits (%d): median %.1f us, p99 %.1f us%n", largest.visits().size(),
                largestNanos[largestNanos.length / 2] / 1e3, largestNanos[(int) (largestNanos.length * 0.99)] / 1e3);
        if (sink == 42) {
            System.out.println();
        }
    }

    private static int once(ComplianceEngine engine, ChildRecord child, Visit visit) {
        ChildRecord updated = child.withVisits(child.visits().with(visit));
        return engine.evaluate(updated, SyntheticAuthority.AS_OF).statuses().size();
    }
}
