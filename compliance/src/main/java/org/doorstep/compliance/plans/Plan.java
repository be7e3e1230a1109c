package org.doorstep.compliance.plans;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A child protection plan or child in need plan.
 *
 * @param startDate    the plan's start (day 0 of the first interval)
 * @param endDate      the day the plan ended, after which the rule stops; {@code null} while open
 * @param evaluateFrom the history held starts here: earlier gaps are not assessed (C14); may be null
 */
public record Plan(LocalDate startDate, LocalDate endDate, LocalDate evaluateFrom) {
    public Plan {
        Objects.requireNonNull(startDate, "startDate");
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("plan endDate " + endDate + " is before its startDate " + startDate);
        }
    }

    /** An open plan with its full history. */
    public static Plan startingOn(LocalDate startDate) {
        return new Plan(startDate, null, null);
    }
}
