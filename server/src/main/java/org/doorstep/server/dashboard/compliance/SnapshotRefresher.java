package org.doorstep.server.dashboard.compliance;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes the whole authority's compliance snapshot in the background ({@code doorstep.dashboard.snapshot.
 * refresh-every}, default one minute; set {@code doorstep.dashboard.snapshot.background: false} to rely on
 * pages alone). A failure is logged and retried at the next run: the snapshot is derived data, and pages
 * refresh their own children anyway.
 */
@Singleton
@Requires(property = "doorstep.dashboard.snapshot.background", notEquals = "false")
class SnapshotRefresher {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotRefresher.class);
    private final ComplianceSnapshots snapshots;

    SnapshotRefresher(ComplianceSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Scheduled(fixedDelay = "${doorstep.dashboard.snapshot.refresh-every:1m}",
            initialDelay = "${doorstep.dashboard.snapshot.first-refresh-after:20s}")
    void refresh() {
        try {
            long started = System.nanoTime();
            ComplianceSnapshots.Refreshed done = snapshots.refresh(Scope.all());
            if (done.evaluated() + done.removed() > 0) {
                LOG.info("Compliance snapshot refreshed: {} children evaluated, {} closed removed, up to change {}, in {} ms",
                        done.evaluated(), done.removed(), done.upTo(), (System.nanoTime() - started) / 1_000_000);
            }
        } catch (RuntimeException e) {
            LOG.warn("The background refresh of the compliance snapshot failed; it runs again at the next interval", e);
        }
    }
}
