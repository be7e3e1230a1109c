package org.doorstep.compliance.care;

/** How "at least weekly" (reg 28(3) and 28(4)) is read. */
public enum WeeklyVisits {
    /** Default: no more than 7 days between visits. */
    ROLLING_SEVEN_DAYS,
    /** Alternative: a visit in every Monday-to-Sunday calendar week (next due: the Sunday of the following week). */
    CALENDAR_WEEK
}
