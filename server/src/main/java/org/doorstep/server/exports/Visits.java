package org.doorstep.server.exports;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Finds the visit a list reports: the latest one in which the child was seen, within a range of days. */
final class Visits {
    private Visits() {
    }

    /**
     * The latest visit on a London day within {@code from}..{@code to} (both inclusive; {@code from} null for no
     * lower bound), statutory visits only if {@code statutoryOnly}. Several on the last day: the latest in time.
     */
    static Optional<ChildCase.SeenVisit> last(List<ChildCase.SeenVisit> visits, @Nullable LocalDate from, LocalDate to,
                                             boolean statutoryOnly) {
        ChildCase.SeenVisit last = null;
        for (ChildCase.SeenVisit visit : visits) {
            boolean inRange = (from == null || !visit.day().isBefore(from)) && !visit.day().isAfter(to);
            if (inRange && (visit.statutory() || !statutoryOnly) && (last == null || visit.at().isAfter(last.at()))) {
                last = visit;
            }
        }
        return Optional.ofNullable(last);
    }
}
