package org.doorstep.compliance.periodic;

/** Which interval applies to a gap, given the day that opens it (C9, C13). */
@FunctionalInterface
public interface IntervalSchedule {
    /**
     * The last day on which the next qualifying visit is in time, as an epoch day
     * ({@link java.time.LocalDate#toEpochDay()}: the engine's hot loop avoids allocating dates).
     *
     * @param anchor     the epoch day the interval opens: the start event or a qualifying visit (day 0)
     * @param startEvent true when the interval is opened by the start event rather than a visit
     */
    long dueAfter(long anchor, boolean startEvent);
}
