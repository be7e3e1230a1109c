package org.doorstep.compliance.plans;

import static org.doorstep.compliance.Fixtures.CALENDAR;
import static org.doorstep.compliance.Fixtures.d;
import static org.doorstep.compliance.Fixtures.noonish;
import static org.doorstep.compliance.Fixtures.seenOn;
import static org.doorstep.compliance.Fixtures.t;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.doorstep.compliance.result.Breach;
import org.doorstep.compliance.result.Flag;
import org.doorstep.compliance.result.PeriodicResult;
import org.doorstep.compliance.result.Status;
import org.doorstep.compliance.time.DayCounting;
import org.doorstep.compliance.time.DueSoonThresholds;
import org.doorstep.compliance.time.Interval;
import org.doorstep.compliance.visits.Visit;
import org.doorstep.compliance.visits.VisitLog;
import org.doorstep.compliance.visits.VisitType;
import org.junit.jupiter.api.Test;

class PlanVisitRuleTest {
    private static final PlanVisitRule CP = new PlanVisitRule(CALENDAR, PlanVisitPolicy.CHILD_PROTECTION_DEFAULT);
    private static final Plan FEB_PLAN = Plan.startingOn(d("2026-02-02")); // Monday

    @Test
    void aLateVisitIsAPastBreachAndTheOpenGapDecidesTheStatus() {
        PeriodicResult r = CP.evaluate(FEB_PLAN, seenOn("2026-02-18"), noonish("2026-03-05"));
        assertEquals(List.of(new Breach(d("2026-02-02"), d("2026-02-16"), d("2026-02-18"))), r.breaches());
        assertEquals(d("2026-03-04"), r.nextDueDate()); // Wed 18 Feb + 10 working days
        assertEquals(Status.OVERDUE, r.status());
        assertEquals(1, r.daysOverdue());
        assertEquals(1, r.workingDaysOverdue());
    }

    @Test
    void overdueWorkingDaysCountOnlyWorkingDaysAfterTheDueDate() {
        // Due Wed 4 Mar; on Mon 9 Mar that is 5 calendar days and 3 working days (5, 6, 9 Mar) overdue.
        PeriodicResult r = CP.evaluate(FEB_PLAN, seenOn("2026-02-16", "2026-02-18"), noonish("2026-03-09"));
        assertEquals(d("2026-03-04"), r.nextDueDate());
        assertEquals(5, r.daysOverdue());
        assertEquals(3, r.workingDaysOverdue());
    }

    @Test
    void aVisitWhereTheChildWasNotSeenDoesNotCountAndIsFlagged() {
        VisitLog visits = VisitLog.of(List.of(Visit.statutory(noonish("2026-02-10"), false, false, null)));
        PeriodicResult r = CP.evaluate(FEB_PLAN, visits, noonish("2026-02-17"));
        assertEquals(d("2026-02-16"), r.nextDueDate());
        assertEquals(Status.OVERDUE, r.status());
        assertEquals(List.of(Flag.VISIT_CHILD_NOT_SEEN), r.flags());
    }

    @Test
    void seenButNotAloneCountsAndIsFlaggedOnlyWithoutAReason() {
        VisitLog noReason = VisitLog.of(List.of(Visit.statutory(noonish("2026-02-10"), true, false, null)));
        PeriodicResult r = CP.evaluate(FEB_PLAN, noReason, noonish("2026-02-11"));
        assertEquals(d("2026-02-24"), r.nextDueDate());
        assertEquals(List.of(Flag.SEEN_ALONE_REASON_MISSING), r.flags());

        VisitLog withReason = VisitLog.of(List.of(Visit.statutory(noonish("2026-02-10"), true, false, "child_refused")));
        assertEquals(List.of(), CP.evaluate(FEB_PLAN, withReason, noonish("2026-02-11")).flags());
    }

    @Test
    void requireSeenAloneForFrequencyCountsOnlyVisitsSeenAlone() {
        PlanVisitRule strict = new PlanVisitRule(CALENDAR, new PlanVisitPolicy(Interval.workingDays(10),
                DayCounting.DEFAULT, true, DueSoonThresholds.DEFAULT));
        VisitLog visits = VisitLog.of(List.of(Visit.statutory(noonish("2026-02-10"), true, false, "child_refused")));
        assertEquals(d("2026-02-16"), strict.evaluate(FEB_PLAN, visits, noonish("2026-02-11")).nextDueDate());
        assertEquals(d("2026-02-24"), CP.evaluate(FEB_PLAN, visits, noonish("2026-02-11")).nextDueDate());
    }

    @Test
    void coreGroupsAndOtherContactsNeverCount() {
        VisitLog visits = VisitLog.of(List.of(
                new Visit(noonish("2026-02-10"), true, true, null, VisitType.CORE_GROUP, null, null),
                new Visit(noonish("2026-02-11"), true, true, null, VisitType.OTHER, null, null)));
        assertEquals(d("2026-02-16"), CP.evaluate(FEB_PLAN, visits, noonish("2026-02-12")).nextDueDate());
    }

    @Test
    void visitsBeforeThePlanStartDoNotCount() {
        assertEquals(d("2026-02-16"), CP.evaluate(FEB_PLAN, seenOn("2026-01-30"), noonish("2026-02-03")).nextDueDate());
    }

    @Test
    void aFutureDatedVisitIsFlaggedAndNotCounted() {
        Instant asOf = t("2026-02-10T09:00:00Z");
        VisitLog visits = VisitLog.of(List.of(Visit.seenAlone(t("2026-02-10T15:00:00Z"))));
        PeriodicResult r = CP.evaluate(FEB_PLAN, visits, asOf);
        assertEquals(d("2026-02-16"), r.nextDueDate());
        assertEquals(List.of(Flag.VISIT_FUTURE_DATED), r.flags());
    }

    @Test
    void aDeviceRecordingBeforeTheVisitOrAheadOfTheServerIsClockSkew() {
        Visit recordedBeforeItHappened = new Visit(t("2026-02-10T12:00:00Z"), true, true, null, VisitType.STATUTORY,
                t("2026-02-10T11:00:00Z"), t("2026-02-10T13:00:00Z"));
        Visit deviceAhead = new Visit(t("2026-02-11T12:00:00Z"), true, true, null, VisitType.STATUTORY,
                t("2026-02-11T14:00:00Z"), t("2026-02-11T13:00:00Z"));
        Visit fine = new Visit(t("2026-02-12T12:00:00Z"), true, true, null, VisitType.STATUTORY,
                t("2026-02-12T12:30:00Z"), t("2026-02-14T08:00:00Z"));
        assertEquals(List.of(Flag.CLOCK_SKEW),
                CP.evaluate(FEB_PLAN, VisitLog.of(List.of(recordedBeforeItHappened)), noonish("2026-02-20")).flags());
        assertEquals(List.of(Flag.CLOCK_SKEW),
                CP.evaluate(FEB_PLAN, VisitLog.of(List.of(deviceAhead)), noonish("2026-02-20")).flags());
        assertEquals(List.of(), CP.evaluate(FEB_PLAN, VisitLog.of(List.of(fine)), noonish("2026-02-20")).flags());
    }

    @Test
    void aVisitLateInTheEveningAbroadCountsOnItsLondonDate() {
        // 08:00 on 17 Feb in Tokyo is 23:00 on 16 Feb in London: the next due date runs from Mon 16 Feb.
        VisitLog visits = VisitLog.of(List.of(Visit.seenAlone(t("2026-02-17T08:00:00+09:00"))));
        assertEquals(d("2026-03-02"), CP.evaluate(FEB_PLAN, visits, noonish("2026-02-20")).nextDueDate());
    }

    @Test
    void severalVisitsOnOneDateCountAsOne() {
        VisitLog visits = VisitLog.of(List.of(Visit.seenAlone(t("2026-02-10T09:00:00Z")),
                Visit.seenAlone(t("2026-02-10T16:00:00Z")), Visit.seenAlone(t("2026-02-11T09:00:00Z"))));
        assertEquals(2, visits.qualifyingDays(d("2026-02-02"), d("2026-02-28"), t("2026-03-01T00:00:00Z"), false).length);
    }

    @Test
    void dueTodayIsDueSoonAndTheThresholdIsTwoWorkingDays() {
        PeriodicResult today = CP.evaluate(FEB_PLAN, seenOn(), noonish("2026-02-16"));
        assertEquals(Status.DUE_SOON, today.status());
        assertEquals(0, today.workingDaysRemaining());
        assertEquals(Status.DUE_SOON, CP.evaluate(FEB_PLAN, seenOn(), noonish("2026-02-12")).status()); // Fri 13, Mon 16
        PeriodicResult threeLeft = CP.evaluate(FEB_PLAN, seenOn(), noonish("2026-02-11"));
        assertEquals(Status.COMPLIANT, threeLeft.status());
        assertEquals(3, threeLeft.workingDaysRemaining());
    }

    @Test
    void inclusiveCountingMakesTheDueDateOneWorkingDayEarlier() {
        PlanVisitRule inclusive = new PlanVisitRule(CALENDAR, new PlanVisitPolicy(Interval.workingDays(10),
                new DayCounting(true, false), false, DueSoonThresholds.DEFAULT));
        assertEquals(d("2026-02-27"), inclusive.evaluate(FEB_PLAN, seenOn("2026-02-16"), noonish("2026-02-17")).nextDueDate());
        assertEquals(d("2026-03-02"), CP.evaluate(FEB_PLAN, seenOn("2026-02-16"), noonish("2026-02-17")).nextDueDate());
    }

    @Test
    void evaluateFromSkipsGapsThatOpenedBeforeIt() {
        Plan partial = new Plan(d("2026-02-02"), null, d("2026-03-01"));
        PeriodicResult r = CP.evaluate(partial, seenOn("2026-02-27", "2026-03-20"), noonish("2026-03-21"));
        assertEquals(List.of(), r.breaches()); // the 2 Feb -> 27 Feb gap opened before 1 Mar
        PeriodicResult full = CP.evaluate(FEB_PLAN, seenOn("2026-02-27", "2026-03-20"), noonish("2026-03-21"));
        assertEquals(List.of(new Breach(d("2026-02-02"), d("2026-02-16"), d("2026-02-27")),
                new Breach(d("2026-02-27"), d("2026-03-13"), d("2026-03-20"))), full.breaches());
        assertEquals(List.of(new Breach(d("2026-02-27"), d("2026-03-13"), d("2026-03-20"))),
                CP.evaluate(new Plan(d("2026-02-02"), null, d("2026-02-27")), seenOn("2026-02-27", "2026-03-20"),
                        noonish("2026-03-21")).breaches());
    }

    @Test
    void anEndedPlanIsEvaluatedAsItStoodOnItsEndDate() {
        Plan ended = new Plan(d("2026-02-02"), d("2026-02-20"), null);
        PeriodicResult r = CP.evaluate(ended, seenOn("2026-02-04", "2026-03-10"), noonish("2026-06-01"));
        assertEquals(d("2026-02-18"), r.nextDueDate());
        assertEquals(Status.OVERDUE, r.status());
        assertEquals(2, r.daysOverdue());
    }

    @Test
    void fourWeekAndCalendarDayPresetsCountCalendarDays() {
        PlanVisitRule fourWeeks = new PlanVisitRule(CALENDAR, PlanVisitPolicy.of(Interval.weeks(4)));
        PeriodicResult r = fourWeeks.evaluate(FEB_PLAN, seenOn("2026-02-10"), noonish("2026-03-01"));
        assertEquals(d("2026-03-10"), r.nextDueDate());
        assertEquals(9, r.daysRemaining());
        assertEquals(Status.COMPLIANT, r.status());
        assertEquals(Status.DUE_SOON, fourWeeks.evaluate(FEB_PLAN, seenOn("2026-02-10"), noonish("2026-03-03")).status());
    }
}
