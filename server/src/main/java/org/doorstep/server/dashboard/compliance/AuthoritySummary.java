package org.doorstep.server.dashboard.compliance;

import java.util.EnumMap;
import java.util.Map;

/**
 * The overview's figures for many children at once (the whole authority): children per regime and status,
 * visits per month, and the return interview figures. Built by {@link SnapshotReader#summary} from the snapshot
 * in two queries, without names, so that it stays fast for tens of thousands of children.
 *
 * @param children        open children in the snapshot
 * @param byRegime        per regime, the number of children overdue, due soon and in time
 * @param worst           the same by each child's most urgent status, plus those with no rule ({@link VisitStatus#NONE})
 * @param months          visits per month, summed
 * @param rhiDecided      returns since the given moment whose offer is decided
 * @param rhiOffered      of which offered in time
 * @param rhiCompleted    of which completed in time
 * @param rhiPending      interviews waiting with time left
 * @param rhiOverdue      interviews past their deadline
 */
public record AuthoritySummary(int children, Map<Regime, Map<VisitStatus, Integer>> byRegime, Map<VisitStatus, Integer> worst,
                               MonthCounts months, int rhiDecided, int rhiOffered, int rhiCompleted, int rhiPending,
                               int rhiOverdue) {
    static Map<Regime, Map<VisitStatus, Integer>> emptyByRegime() {
        Map<Regime, Map<VisitStatus, Integer>> map = new EnumMap<>(Regime.class);
        for (Regime r : Regime.values()) {
            map.put(r, new EnumMap<>(VisitStatus.class));
        }
        return map;
    }
}
