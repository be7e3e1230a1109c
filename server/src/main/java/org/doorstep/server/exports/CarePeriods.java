package org.doorstep.server.exports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Periods of care: placements joined into one period while each starts no later than the day after the
 * previous one ended. A gap of a day or more between placements starts a new period.
 */
final class CarePeriods {
    private CarePeriods() {
    }

    /** The periods, oldest first, from placements in start order (as {@link TeamCases} gives them). */
    static List<Span> of(List<Span> placements) {
        List<Span> periods = new ArrayList<>();
        Span current = null;
        for (Span placement : placements) {
            if (current != null && (current.end() == null || !placement.start().isAfter(current.end().plusDays(1)))) {
                LocalDate end = current.end() == null || placement.end() == null ? null
                        : placement.end().isAfter(current.end()) ? placement.end() : current.end();
                current = new Span(current.start(), end);
            } else {
                if (current != null) {
                    periods.add(current);
                }
                current = placement;
            }
        }
        if (current != null) {
            periods.add(current);
        }
        return periods;
    }
}
