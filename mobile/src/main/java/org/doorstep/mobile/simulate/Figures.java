package org.doorstep.mobile.simulate;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** What a run measured, and whether it kept every visit exactly once. */
record Figures(SimulationOptions options, int servers, Duration took, Duration drained, long requests, long dropped,
               long delayed, Latencies pull, Latencies push, Latencies sync, long syncs, long syncsStoppedShort,
               long errors, int unsent, Reconciliation reconciliation, double loadBefore, double loadAfter,
               List<String> firstErrors) {

    Figures(SimulationOptions options, int servers, Duration took, Duration drained, LossyProxy proxy, Latencies sync,
            long syncs, long stoppedShort, long deviceErrors, int unsent, Reconciliation reconciliation, double loadBefore,
            double loadAfter, List<String> firstErrors) {
        this(options, servers, took, drained, proxy.requests.get(), proxy.dropped(), proxy.delayed.get(), proxy.pullLatency,
                proxy.pushLatency, sync, syncs, stoppedShort,
                deviceErrors + proxy.serverErrors.get() + proxy.refusals.get() + proxy.unreachable.get(), unsent,
                reconciliation, loadBefore, loadAfter, firstErrors);
    }

    /** No errors, nothing lost, nothing twice, nothing left unsent. */
    boolean clean() {
        return errors == 0 && unsent == 0 && reconciliation.lost() == 0 && reconciliation.duplicated() == 0;
    }

    void print(PrintStream out) {
        out.println("Doorstep simulation");
        out.printf(Locale.ROOT, "  devices            %d (%d visits each, %d children each)%n", options.devices(),
                options.visitsPerDevice(), options.childrenPerDevice());
        out.printf(Locale.ROOT, "  servers            %d on %s%n", servers, options.server() != null ? options.server()
                : options.database());
        out.printf(Locale.ROOT, "  network            drop %.0f%% (%s), delay %.0f%% up to %d ms%n", options.dropRate() * 100,
                options.answersOnly() ? "answers" : "half requests, half answers", options.delayRate() * 100,
                options.maxDelay().toMillis());
        out.printf(Locale.ROOT, "  duration           %.1f s measured (+ %.1f s drain)%n", took.toMillis() / 1000.0,
                drained.toMillis() / 1000.0);
        out.printf(Locale.ROOT, "  visits             %d recorded, %d on the server%n", reconciliation.recorded(),
                reconciliation.onServer());
        out.printf(Locale.ROOT, "  requests           %d (%d dropped, %d delayed)%n", requests, dropped, delayed);
        out.printf(Locale.ROOT, "  syncs              %d (%d stopped short)%n", syncs, syncsStoppedShort);
        line(out, "pull latency", pull);
        line(out, "push latency", push);
        line(out, "sync (device)", sync);
        out.printf(Locale.ROOT, "  errors             %d%n", errors);
        out.printf(Locale.ROOT, "  unsent             %d%n", unsent);
        out.printf(Locale.ROOT, "  lost               %d%n", reconciliation.lost());
        out.printf(Locale.ROOT, "  duplicated         %d%n", reconciliation.duplicated());
        out.printf(Locale.ROOT, "  load (1 min)       %.2f before, %.2f after; %d processors%n", loadBefore, loadAfter,
                Runtime.getRuntime().availableProcessors());
        for (String error : firstErrors) {
            out.println("  error: " + error);
        }
        out.println(clean() ? "RESULT: every recorded visit is on the server exactly once"
                : "RESULT: FAILED (see errors, unsent, lost, duplicated above)");
    }

    private static void line(PrintStream out, String name, Latencies latencies) {
        out.printf(Locale.ROOT, "  %-18s n=%d p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", name, latencies.count(),
                latencies.percentileMillis(50), latencies.percentileMillis(95), latencies.percentileMillis(99),
                latencies.maxMillis());
    }
}
