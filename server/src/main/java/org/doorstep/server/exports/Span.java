package org.doorstep.server.exports;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A plan or placement as the export sees it: the day it started and the day it ended ({@code null} while
 * it goes on). An end after the "as at" day has not happened yet on that day.
 *
 * @param start the first day
 * @param end   the day it ended, or null
 */
record Span(LocalDate start, @Nullable LocalDate end) {
    /** Whether it had started and not yet ended on {@code day}: an end on the day itself has happened. */
    boolean currentOn(LocalDate day) {
        return !start.isAfter(day) && (end == null || end.isAfter(day));
    }

    /** The end as known on {@code day}: null if it ends later. */
    @Nullable
    LocalDate endAsOf(LocalDate day) {
        return end == null || end.isAfter(day) ? null : end;
    }

    /** Whether any day of it falls within {@code from}..{@code to} (both inclusive). */
    boolean overlaps(LocalDate from, LocalDate to) {
        return !start.isAfter(to) && (end == null || !end.isBefore(from));
    }

    /** Whether {@code day} falls within it, the start and end days included. */
    boolean covers(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    /** The span cut short by the case's closure: a closed case ends everything still open on its closing day. */
    Span closedBy(@Nullable LocalDate closedOn) {
        if (closedOn == null || (end != null && !end.isAfter(closedOn))) {
            return this;
        }
        return new Span(start, closedOn.isBefore(start) ? start : closedOn);
    }

    /**
     * The one a list reports among {@code spans} (all started by {@code day}): the one current on the day (the
     * latest to start, if several), else the one that ended last.
     */
    static Optional<Span> reported(List<Span> spans, LocalDate day) {
        Optional<Span> current = spans.stream().filter(s -> s.currentOn(day)).max(Comparator.comparing(Span::start));
        if (current.isPresent()) {
            return current;
        }
        return spans.stream().max(Comparator.comparing((Span s) -> s.endAsOf(day)).thenComparing(Span::start));
    }
}
