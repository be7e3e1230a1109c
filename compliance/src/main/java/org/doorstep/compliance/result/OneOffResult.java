package org.doorstep.compliance.result;

import java.util.List;

/** The outcome of a one-off obligation with a deadline (C10): by day, or by clock hours. */
public sealed interface OneOffResult permits DayDeadlineResult, ClockDeadlineResult {
    /** {@code compliant}, {@code late}, {@code overdue}, {@code due_soon} or {@code not_yet_due}. */
    Status status();

    /** Record-quality findings. */
    List<Flag> flags();
}
