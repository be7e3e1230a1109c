package org.doorstep.mobile.simulate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.doorstep.protocol.visit.StoredVisit;

/**
 * Every visit the phones recorded against what the server holds, read through the team manager's web API
 * ({@code GET /api/children/{id}/visits?history=true}, every version of every visit of every simulated child).
 *
 * @param recorded   visits the phones recorded
 * @param onServer   distinct visits the server holds for the simulated children
 * @param lost       recorded visits the server does not hold
 * @param duplicated visits the server holds more than once (a second version no phone made) plus visits
 *                   it holds that no phone recorded
 */
record Reconciliation(int recorded, int onServer, int lost, int duplicated) {

    static Reconciliation check(AdminApi manager, Collection<String> childIds, Collection<UUID> recordedIds)
            throws IOException, InterruptedException {
        Map<UUID, Integer> versions = new HashMap<>();
        for (List<StoredVisit> history : histories(manager, childIds)) {
            for (StoredVisit stored : history) {
                versions.merge(stored.visit().id(), 1, Integer::sum);
            }
        }
        Set<UUID> expected = new HashSet<>(recordedIds);
        int lost = 0;
        int duplicated = 0;
        for (UUID id : expected) {
            int count = versions.getOrDefault(id, 0);
            lost += count == 0 ? 1 : 0;
            duplicated += Math.max(0, count - 1);
        }
        for (UUID id : versions.keySet()) {
            duplicated += expected.contains(id) ? 0 : versions.get(id);
        }
        return new Reconciliation(expected.size(), versions.size(), lost, duplicated);
    }

    private static List<List<StoredVisit>> histories(AdminApi manager, Collection<String> childIds)
            throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4, LossyProxy.daemon("reconcile"));
        try {
            List<Future<List<StoredVisit>>> reads = new ArrayList<>();
            for (String child : childIds) {
                reads.add(pool.submit(() -> manager.visitHistory(child)));
            }
            List<List<StoredVisit>> histories = new ArrayList<>();
            for (Future<List<StoredVisit>> read : reads) {
                histories.add(read.get());
            }
            return histories;
        } catch (ExecutionException e) {
            throw new IOException("Reading a child's visits as the manager failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
