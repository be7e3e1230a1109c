package org.doorstep.compliance.care;

import static org.doorstep.compliance.Fixtures.CALENDAR;
import static org.doorstep.compliance.Fixtures.d;
import static org.doorstep.compliance.Fixtures.noonish;
import static org.doorstep.compliance.Fixtures.seenOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
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
import org.junit.jupiter.api.Test;

class CicVisitRuleTest {
    private static final CicVisitRule RULE = new CicVisitRule(CALENDAR, CicPolicy.STATUTORY);

    private static Placement placement(String start, PlacementType type, String intendedUntil18, String ltf,
                                       String agreed, String firstReview) {
        return new Placement(d(start), null, type, date(intendedUntil18), date(ltf), date(agreed), date(firstReview));
    }

    private static LocalDate date(String s) {
        return s == null ? null : d(s);
    }

    private static PeriodicResult eval(List<Placement> placements, VisitLog visits, String asOf) {
        return RULE.evaluate(placements, null, visits, noonish(asOf));
    }

    @Test
    void aPlacementMoveRestartsTheFirstVisitWeekAndEarlierVisitsDoNotCount() {
        List<Placement> moves = List.of(Placement.general(d("2025-06-02")), Placement.general(d("2026-03-02")));
        PeriodicResult r = eval(moves, seenOn("2025-06-05", "2025-07-10", "2026-02-20"), "2026-03-06");
        assertEquals(d("2026-03-09"), r.nextDueDate());
        assertEquals(Status.DUE_SOON, r.status());
        assertEquals(3, r.daysRemaining());
        assertEquals(List.of(new Breach(d("2025-07-10"), d("2025-08-21"), d("2026-02-20"))), r.breaches());
    }

    @Test
    void aGapStillOpenWhenThePlacementEndedIsABreachNoVisitMet() {
        List<Placement> moves = List.of(Placement.general(d("2025-06-02")), Placement.general(d("2025-09-01")));
        PeriodicResult r = eval(moves, seenOn("2025-06-05", "2025-07-01", "2025-09-03"), "2025-09-10");
        assertEquals(List.of(new Breach(d("2025-07-01"), d("2025-08-12"), null)), r.breaches());
        assertEquals(d("2025-10-15"), r.nextDueDate());
    }

    @Test
    void theVisitThatOpensAnIntervalDecidesYearOneOrThereafter() { // C13
        List<Placement> p = List.of(placement("2025-03-10", PlacementType.GENERAL, "2025-03-10", null, null, null));
        assertEquals(d("2026-04-20"), eval(p, seenOn("2026-03-09"), "2026-03-12").nextDueDate()); // day before anniversary: 42
        assertEquals(d("2026-06-10"), eval(p, seenOn("2026-03-10"), "2026-03-12").nextDueDate()); // on it: 3 months
    }

    @Test
    void afterYearOneWithoutIntentUntil18VisitsStaySixWeekly() {
        List<Placement> p = List.of(Placement.general(d("2025-03-10")));
        assertEquals(d("2026-05-12"), eval(p, seenOn("2026-03-31"), "2026-04-01").nextDueDate());
    }

    @Test
    void intentUntil18RecordedPartWayAppliesFromItsDate() {
        List<Placement> p = List.of(placement("2025-03-10", PlacementType.GENERAL, "2026-04-01", null, null, null));
        assertEquals(d("2026-04-27"), eval(p, seenOn("2026-03-16"), "2026-03-17").nextDueDate());
        assertEquals(d("2026-07-27"), eval(p, seenOn("2026-03-16", "2026-04-27"), "2026-04-28").nextDueDate());
    }

    @Test
    void longTermFosterWithTheChildsAgreementAllowsSixMonths() { // reg 28(3A)
        List<Placement> agreed = List.of(placement("2024-01-08", PlacementType.GENERAL, "2024-01-08", "2024-01-08",
                "2025-06-01", null));
        assertEquals(d("2025-12-10"), eval(agreed, seenOn("2025-06-10"), "2025-06-11").nextDueDate());
        List<Placement> agreedLater = List.of(placement("2024-01-08", PlacementType.GENERAL, null, "2024-01-08",
                "2025-07-01", null));
        assertEquals(d("2025-07-22"), eval(agreedLater, seenOn("2025-06-10"), "2025-06-11").nextDueDate());
        List<Placement> longTermUnderAYear = List.of(placement("2024-01-08", PlacementType.GENERAL, null, "2024-09-01",
                "2025-01-01", null));
        assertEquals(d("2025-07-22"), eval(longTermUnderAYear, seenOn("2025-06-10"), "2025-06-11").nextDueDate());
    }

    @Test
    void placedWithParentUnderReg19IsWeeklyUntilTheFirstReviewThenSixWeekly() {
        List<Placement> p = List.of(placement("2026-01-05", PlacementType.WITH_PARENT_REG19, null, null, null, "2026-02-16"));
        assertEquals(d("2026-01-16"), eval(p, seenOn("2026-01-09"), "2026-01-10").nextDueDate());
        PeriodicResult late = eval(p, seenOn("2026-01-09", "2026-01-20"), "2026-01-21");
        assertEquals(List.of(new Breach(d("2026-01-09"), d("2026-01-16"), d("2026-01-20"))), late.breaches());
        assertEquals(d("2026-03-30"), eval(p, seenOn("2026-02-16"), "2026-02-17").nextDueDate());
        List<Placement> noReviewYet = List.of(placement("2026-01-05", PlacementType.WITH_PARENT_REG19, null, null, null, null));
        assertEquals(d("2026-02-23"), eval(noReviewYet, seenOn("2026-02-16"), "2026-02-17").nextDueDate());
    }

    @Test
    void weeklyCanMeanOncePerCalendarWeek() {
        CicVisitRule calendarWeeks = new CicVisitRule(CALENDAR, new CicPolicy(Interval.months(3), Interval.months(6),
                WeeklyVisits.CALENDAR_WEEK, null, false, DayCounting.DEFAULT, DueSoonThresholds.DEFAULT));
        List<Placement> p = List.of(placement("2026-01-05", PlacementType.WITH_PARENT_REG19, null, null, null, null));
        assertEquals(d("2026-01-25"), calendarWeeks.evaluate(p, null, seenOn("2026-01-12"), noonish("2026-01-13")).nextDueDate());
        assertEquals(d("2026-01-25"), calendarWeeks.evaluate(p, null, seenOn("2026-01-18"), noonish("2026-01-19")).nextDueDate());
    }

    @Test
    void aCouncilsStricterLocalIntervalIsCheckedAlongsideTheStatute() {
        CicVisitRule newcastle = new CicVisitRule(CALENDAR, new CicPolicy(Interval.months(3), Interval.months(6),
                WeeklyVisits.ROLLING_SEVEN_DAYS, Interval.weeks(4), false, DayCounting.DEFAULT, DueSoonThresholds.DEFAULT));
        List<Placement> p = List.of(Placement.general(d("2026-01-05")));
        assertEquals(d("2026-02-09"), newcastle.evaluate(p, null, seenOn("2026-01-12"), noonish("2026-01-13")).nextDueDate());
        assertEquals(d("2026-01-12"), newcastle.evaluate(p, null, seenOn(), noonish("2026-01-06")).nextDueDate(),
                "the statutory first week is still the earlier");
        assertEquals(d("2026-02-23"), eval(p, seenOn("2026-01-12"), "2026-01-13").nextDueDate());
    }

    @Test
    void connectedPersonAndIcoWithParentAreWeeklyThenFourWeekly() {
        for (PlacementType type : List.of(PlacementType.CONNECTED_PERSON_REG24, PlacementType.ICO_WITH_PARENT)) {
            List<Placement> p = List.of(placement("2026-01-05", type, null, null, null, "2026-02-16"));
            assertEquals(d("2026-02-13"), eval(p, seenOn("2026-02-06"), "2026-02-07").nextDueDate(), type.code());
            assertEquals(d("2026-03-16"), eval(p, seenOn("2026-02-16"), "2026-02-17").nextDueDate(), type.code());
        }
    }

    @Test
    void careOrderWithParentIsAWeekThenSixWeeklyWithNoYearOneSwitch() {
        List<Placement> p = List.of(placement("2026-01-05", PlacementType.CARE_ORDER_WITH_PARENT, null, null, null, null));
        assertEquals(d("2026-01-12"), eval(p, seenOn(), "2026-01-06").nextDueDate());
        assertEquals(d("2027-04-12"), eval(p, seenOn("2027-03-01"), "2027-03-02").nextDueDate());
    }

    @Test
    void otherLivingArrangementsAreSixWeeklyInYearOneThenThreeMonthly() {
        List<Placement> p = List.of(placement("2025-01-06", PlacementType.OTHER_ARRANGEMENTS, null, null, null, null));
        assertEquals(d("2026-01-31"), eval(p, seenOn("2025-12-20"), "2025-12-21").nextDueDate());
        assertEquals(d("2026-04-20"), eval(p, seenOn("2026-01-20"), "2026-01-21").nextDueDate());
    }

    @Test
    void aLeapDayPlacementHasItsFirstAnniversaryOnTwentyEighthFebruary() {
        List<Placement> p = List.of(placement("2024-02-29", PlacementType.GENERAL, "2024-02-29", null, null, null));
        assertEquals(d("2025-04-10"), eval(p, seenOn("2025-02-27"), "2025-03-01").nextDueDate());
        assertEquals(d("2025-05-28"), eval(p, seenOn("2025-02-28"), "2025-03-01").nextDueDate());
    }

    @Test
    void aReasonOutsideReg29IsFlagged() {
        List<Placement> p = List.of(Placement.general(d("2026-01-05")));
        VisitLog carerPresent = VisitLog.of(List.of(Visit.statutory(noonish("2026-01-09"), true, false, "carer_present")));
        assertEquals(List.of(Flag.NOT_ALONE_REASON_NOT_ALLOWED), eval(p, carerPresent, "2026-01-10").flags());
        VisitLog refused = VisitLog.of(List.of(Visit.statutory(noonish("2026-01-09"), true, false, "child_refused")));
        assertEquals(List.of(), eval(p, refused, "2026-01-10").flags());
    }

    @Test
    void aPlacementThatHasNotStartedIsNotYetCurrent() {
        List<Placement> p = List.of(Placement.general(d("2026-01-05")), Placement.general(d("2026-02-20")));
        assertEquals(d("2026-02-23"), eval(p, seenOn("2026-01-12"), "2026-02-10").nextDueDate());
    }

    @Test
    void placementsOutOfOrderAreRejected() {
        List<Placement> p = List.of(Placement.general(d("2026-02-20")), Placement.general(d("2026-01-05")));
        assertThrows(IllegalArgumentException.class, () -> eval(p, seenOn(), "2026-03-01"));
        assertThrows(IllegalArgumentException.class, () -> eval(List.of(), seenOn(), "2026-03-01"));
    }

    @Test
    void withoutAVisitInTheFirstWeekTheChildIsOverdue() {
        PeriodicResult r = eval(List.of(Placement.general(d("2026-01-05"))), seenOn(), "2026-01-13");
        assertEquals(Status.OVERDUE, r.status());
        assertEquals(1, r.daysOverdue());
    }
}
