package org.doorstep.compliance.workingtogether;

import static org.doorstep.compliance.Fixtures.CALENDAR;
import static org.doorstep.compliance.Fixtures.d;
import static org.doorstep.compliance.Fixtures.noonish;
import static org.doorstep.compliance.Fixtures.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.doorstep.compliance.result.Breach;
import org.doorstep.compliance.result.ClockDeadlineResult;
import org.doorstep.compliance.result.DayDeadlineResult;
import org.doorstep.compliance.result.PeriodicResult;
import org.doorstep.compliance.result.Status;
import org.doorstep.compliance.time.DayCounting;
import org.doorstep.compliance.time.DueSoonThresholds;
import org.doorstep.compliance.time.Interval;
import org.doorstep.compliance.time.LondonTime;
import org.junit.jupiter.api.Test;

class WorkingTogetherRulesTest {
    private static final WorkingTogetherRules WT = new WorkingTogetherRules(CALENDAR, WorkingTogetherPolicy.DEFAULT);

    private static WorkingTogetherRules with(IcpcCountFrom from, Interval strategyWindow) {
        WorkingTogetherPolicy d = WorkingTogetherPolicy.DEFAULT;
        return new WorkingTogetherRules(CALENDAR, new WorkingTogetherPolicy(d.assessmentWindow(), d.icpcWindow(), from,
                d.firstReview(), d.reviewInterval(), strategyWindow, DayCounting.DEFAULT, DueSoonThresholds.DEFAULT));
    }

    @Test
    void assessmentAuthorisedAfterFortyFiveWorkingDaysIsLate() {
        DayDeadlineResult r = (DayDeadlineResult) WT.assessment(t("2026-03-02T11:00:00Z"), t("2026-05-11T10:00:00+01:00"),
                t("2026-05-12T09:00:00+01:00"));
        assertEquals(d("2026-05-07"), r.deadline());
        assertEquals(Status.LATE, r.status());
        assertEquals(4, r.lateByDays());
        assertEquals(2, r.lateByWorkingDays());
    }

    @Test
    void assessmentNotAuthorisedIsOverdueInCalendarAndWorkingDays() {
        DayDeadlineResult r = (DayDeadlineResult) WT.assessment(t("2026-03-02T11:00:00Z"), null, t("2026-05-12T09:00:00+01:00"));
        assertEquals(Status.OVERDUE, r.status());
        assertEquals(5, r.daysOverdue());
        assertEquals(3, r.workingDaysOverdue());
    }

    @Test
    void icpcCountsFromTheLastStrategyDiscussionBeforeIt() {
        List<StrategyDiscussion> sds = List.of(new StrategyDiscussion(t("2026-03-02T10:00:00Z"), true),
                new StrategyDiscussion(t("2026-03-05T15:00:00Z"), false),
                new StrategyDiscussion(t("2026-03-30T15:00:00+01:00"), false));
        DayDeadlineResult r = (DayDeadlineResult) WT.icpc(sds, t("2026-03-26T10:00:00Z"), t("2026-04-01T10:00:00+01:00"));
        assertEquals(d("2026-03-26"), r.deadline());
        assertEquals(Status.COMPLIANT, r.status());
        DayDeadlineResult fromDecision = (DayDeadlineResult) with(IcpcCountFrom.S47_DECISION, Interval.clockHours(24))
                .icpc(sds, t("2026-03-26T10:00:00Z"), t("2026-04-01T10:00:00+01:00"));
        assertEquals(d("2026-03-23"), fromDecision.deadline());
        assertEquals(Status.LATE, fromDecision.status());
        assertEquals(3, fromDecision.lateByWorkingDays());
        assertThrows(IllegalArgumentException.class, () -> WT.icpc(List.of(), null, t("2026-04-01T10:00:00Z")));
    }

    @Test
    void reviewConferencesWithinThreeMonthsThenSixMonths() {
        PeriodicResult onTime = WT.reviewConferences(d("2026-01-15"), List.of(d("2026-04-10")), null, null, noonish("2026-09-01"));
        assertEquals(d("2026-10-10"), onTime.nextDueDate());
        assertEquals(39, onTime.daysRemaining());
        assertEquals(Status.COMPLIANT, onTime.status());
        PeriodicResult late = WT.reviewConferences(d("2026-01-15"), List.of(d("2026-04-20")), null, null, noonish("2026-05-01"));
        assertEquals(List.of(new Breach(d("2026-01-15"), d("2026-04-15"), d("2026-04-20"))), late.breaches());
        assertEquals(d("2026-10-20"), late.nextDueDate());
        assertEquals(d("2026-02-28"),
                WT.reviewConferences(d("2025-11-30"), List.of(), null, null, noonish("2025-12-01")).nextDueDate());
    }

    @Test
    void strategyDiscussionWithin24ClockHoursAcrossTheAutumnChange() {
        ClockDeadlineResult r = (ClockDeadlineResult) WT.strategyDiscussion(t("2026-10-24T20:00:00+01:00"),
                t("2026-10-25T18:30:00+00:00"), t("2026-10-26T09:00:00Z"));
        assertEquals("2026-10-25T19:00:00+00:00", LondonTime.format(r.deadline()));
        assertEquals(Status.COMPLIANT, r.status());
        assertEquals(Optional.of(Duration.ofMinutes(30)), r.margin());
        ClockDeadlineResult pending = (ClockDeadlineResult) WT.strategyDiscussion(t("2026-10-24T20:00:00+01:00"), null,
                t("2026-10-25T20:00:00Z"));
        assertEquals(Status.OVERDUE, pending.status());
        assertEquals(Optional.of(Duration.ofHours(1)), pending.overdueBy());
    }

    @Test
    void strategyDiscussionWithinOneWorkingDayVariant() {
        DayDeadlineResult r = (DayDeadlineResult) with(IcpcCountFrom.LAST_STRATEGY_DISCUSSION, Interval.workingDays(1))
                .strategyDiscussion(t("2026-12-24T15:00:00Z"), null, t("2026-12-29T09:00:00Z"));
        assertEquals(d("2026-12-29"), r.deadline());
        assertEquals(Status.DUE_SOON, r.status());
    }
}
