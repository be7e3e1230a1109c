package org.doorstep.server.dashboard.compliance;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One open child's compliance as evaluated at a moment (a row of {@code compliance_snapshot}).
 *
 * @param regimes        the status and next due date of each regime that applies now
 * @param worst          the most urgent of them ({@link VisitStatus#NONE} when none applies)
 * @param nextDue        the earliest next due date, or null
 * @param daysOverdue    the most calendar days any regime is overdue (0 when none is)
 * @param breaches       past gaps that ran longer than allowed, all regimes
 * @param flags          record-quality flags (the engine's codes)
 * @param staleAfter     when a status can next change by the clock alone
 * @param sourceSeq      every change numbered up to this was in the records evaluated
 * @param policyVersion  the council policy version used
 */
public record ChildSnapshot(String childId, @Nullable String teamId, @Nullable String workerId, VisitStatus worst,
                            Map<Regime, RegimeStatus> regimes, @Nullable LocalDate nextDue, int daysOverdue, int breaches,
                            List<String> flags, @Nullable Instant lastVisitAt, @Nullable Instant lastSeenAloneAt,
                            MonthCounts months, Instant evaluatedAt, Instant staleAfter, long sourceSeq, int policyVersion) {
    public ChildSnapshot {
        regimes = regimes.isEmpty() ? Map.of() : new EnumMap<>(regimes);
        flags = List.copyOf(flags);
    }

    /** One regime's standing. */
    public record RegimeStatus(VisitStatus status, LocalDate due) {
    }
}
