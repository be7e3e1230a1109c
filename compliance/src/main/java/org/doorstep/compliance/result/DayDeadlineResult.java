package org.doorstep.compliance.result;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A one-off obligation with a day deadline (C10), e.g. an assessment within 45 working days.
 *
 * @param status         the status
 * @param deadline       the last day on which it is in time
 * @param workingDayRule true when the window is in working days; amounts are then also reported in working days
 * @param doneOn         the London date it was done; {@code null} when not done by the evaluation moment
 * @param days           calendar days from the done date (or, when not done, the evaluation date) to the
 *                       deadline: negative when late or overdue
 * @param workingDays    the same in working days, counted as working days in the half-open interval
 * @param flags          record-quality findings
 */
public record DayDeadlineResult(Status status, LocalDate deadline, boolean workingDayRule, LocalDate doneOn,
                                int days, int workingDays, List<Flag> flags) implements OneOffResult {
    public DayDeadlineResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(deadline, "deadline");
        flags = List.copyOf(flags);
    }

    public Optional<LocalDate> completedOn() {
        return Optional.ofNullable(doneOn);
    }

    /** Calendar days done after the deadline (0 unless late). */
    public int lateByDays() {
        return doneOn != null ? Math.max(0, -days) : 0;
    }

    /** Working days done after the deadline, in (deadline, done date] (0 unless late). */
    public int lateByWorkingDays() {
        return doneOn != null ? Math.max(0, -workingDays) : 0;
    }

    /** Calendar days from the deadline to the evaluation date (0 unless overdue). */
    public int daysOverdue() {
        return doneOn == null ? Math.max(0, -days) : 0;
    }

    /** Working days in (deadline, evaluation date] (0 unless overdue). */
    public int workingDaysOverdue() {
        return doneOn == null ? Math.max(0, -workingDays) : 0;
    }

    /** Calendar days left when not done and not overdue. */
    public int daysRemaining() {
        return doneOn == null ? Math.max(0, days) : 0;
    }

    /** Working days left, in (evaluation date, deadline], when not done and not overdue. */
    public int workingDaysRemaining() {
        return doneOn == null ? Math.max(0, workingDays) : 0;
    }
}
