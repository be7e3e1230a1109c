package org.doorstep.protocol.policy;

import java.time.Instant;

/**
 * The council's configurable visiting and return-interview windows (RULES.md "Local policy"), as an
 * administrator edits them and as devices receive them. Every other rule keeps its statutory setting.
 * Fields are boxed so that a missing one is reported as {@code required} by {@link LocalPolicyValidator}.
 *
 * @param version          1, 2, ... for saved versions; 0 for the built-in defaults; ignored when saving
 * @param changedAt        when this version was saved (server time); absent for the defaults; ignored when saving
 * @param changedBy        who saved it (username); absent for the defaults; ignored when saving
 * @param childProtection  {@code cp_visit}: the most time allowed between visits to a child on a CP plan
 * @param childInNeed      {@code cin_visit}: the same for a child in need plan
 * @param returnInterviews {@code rhi}: the return interview window and what must happen within it
 * @param dueSoon          how close a deadline must be to show as due soon (C11)
 */
public record LocalPolicy(Integer version, Instant changedAt, String changedBy, VisitStandard childProtection,
                          VisitStandard childInNeed, ReturnInterviewStandard returnInterviews, DueSoon dueSoon) {

    /** RULES.md defaults: CP 10 working days, CIN 20 working days, RHI 72 clock hours, thresholds 7 d / 2 wd / 24 h. */
    public static final LocalPolicy DEFAULTS = new LocalPolicy(0, null, null,
            new VisitStandard(10, "working_days", false, false, false),
            new VisitStandard(20, "working_days", false, false, false),
            new ReturnInterviewStandard(72, "clock_hours", "completed_or_declined", "each_episode"),
            new DueSoon(7, 2, 24));

    /** The same settings as a saved version. */
    public LocalPolicy asVersion(int newVersion, Instant at, String by) {
        return new LocalPolicy(newVersion, at, by, childProtection, childInNeed, returnInterviews, dueSoon);
    }

    /**
     * A CP or CIN visiting standard.
     *
     * @param interval                             how many units, see {@link LocalPolicyValidator} for the ranges
     * @param unit                                 {@code working_days}, {@code calendar_days}, {@code weeks} or {@code months}
     * @param countStartDayInclusive               C4: the day of the visit counts as day 1 ("from and including")
     * @param rollCalendarDeadlineToNextWorkingDay C5: a calendar deadline on a weekend or bank holiday moves on
     * @param requireSeenAloneForFrequency         C8: only visits where the child was seen alone count
     */
    public record VisitStandard(Integer interval, String unit, Boolean countStartDayInclusive,
                                Boolean rollCalendarDeadlineToNextWorkingDay, Boolean requireSeenAloneForFrequency) {
    }

    /**
     * The return interview standard.
     *
     * @param window         how many units
     * @param unit           {@code clock_hours} (the guidance's 72 hours), {@code working_days} or {@code calendar_days}
     * @param measure        {@code offer}, {@code completed} or {@code completed_or_declined}
     * @param repeatEpisodes {@code each_episode} or {@code combine_if_missing_again_before_deadline}
     */
    public record ReturnInterviewStandard(Integer window, String unit, String measure, String repeatEpisodes) {
    }

    /**
     * due_soon thresholds (C11).
     *
     * @param calendarDays for calendar and month windows
     * @param workingDays  for working-day windows
     * @param clockHours   for clock-hour windows
     */
    public record DueSoon(Integer calendarDays, Integer workingDays, Integer clockHours) {
    }
}
