package org.doorstep.compliance.result;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a periodic (visit-frequency) rule on a given day (C9).
 *
 * @param status          {@code compliant}, {@code due_soon} or {@code overdue}
 * @param nextDueDate     the last day on which the next qualifying visit is in time
 * @param workingDayRule  true when the interval is in working days; the amounts are then also in working days
 * @param days            calendar days from the evaluation date to {@code nextDueDate}; negative when overdue
 * @param workingDays     working days in (evaluation date, nextDueDate]; negative (the working days in
 *                        (nextDueDate, evaluation date]) when overdue
 * @param breaches        past gaps longer than allowed, oldest first
 * @param flags           record-quality findings, each once, in {@link Flag} order
 */
public record PeriodicResult(Status status, LocalDate nextDueDate, boolean workingDayRule, int days,
                             int workingDays, List<Breach> breaches, List<Flag> flags) {
    public PeriodicResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(nextDueDate, "nextDueDate");
        breaches = List.copyOf(breaches);
        flags = List.copyOf(flags);
    }

    public int daysRemaining() {
        return Math.max(0, days);
    }

    public int daysOverdue() {
        return Math.max(0, -days);
    }

    public int workingDaysRemaining() {
        return Math.max(0, workingDays);
    }

    public int workingDaysOverdue() {
        return Math.max(0, -workingDays);
    }
}
