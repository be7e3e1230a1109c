package org.doorstep.compliance.fostering;

import static org.doorstep.compliance.Fixtures.CALENDAR;
import static org.doorstep.compliance.Fixtures.d;
import static org.doorstep.compliance.Fixtures.noonish;
import static org.doorstep.compliance.Fixtures.seenOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.doorstep.compliance.result.DayDeadlineResult;
import org.doorstep.compliance.result.Flag;
import org.doorstep.compliance.result.PeriodicResult;
import org.doorstep.compliance.result.Status;
import org.doorstep.compliance.visits.Visit;
import org.doorstep.compliance.visits.VisitLog;
import org.junit.jupiter.api.Test;

class PrivateFosteringRulesTest {
    private static final PrivateFosteringRules RULES = new PrivateFosteringRules(CALENDAR, PrivateFosteringPolicy.STATUTORY);
    // Notified Mon 30 Mar 2026: Good Friday (3 Apr) and Easter Monday (6 Apr) are skipped, deadline Fri 10 Apr.
    private static final PrivateFosteringArrangement EASTER = new PrivateFosteringArrangement(d("2026-03-30"), d("2026-03-30"), null, null);

    @Test
    void firstVisitOnTheSeventhWorkingDayIsInTime() {
        DayDeadlineResult r = RULES.initialVisit(EASTER, seenOn("2026-04-10"), noonish("2026-04-20"));
        assertEquals(Status.COMPLIANT, r.status());
        assertEquals(d("2026-04-10"), r.deadline());
        assertEquals(d("2026-04-10"), r.completedOn().orElseThrow());
    }

    @Test
    void aLateFirstVisitReportsCalendarAndWorkingDaysLate() {
        DayDeadlineResult r = RULES.initialVisit(EASTER, seenOn("2026-04-14"), noonish("2026-04-20"));
        assertEquals(Status.LATE, r.status());
        assertEquals(4, r.lateByDays());
        assertEquals(2, r.lateByWorkingDays());
    }

    @Test
    void noFirstVisitIsOverdueDueSoonOrNotYetDue() {
        DayDeadlineResult overdue = RULES.initialVisit(EASTER, seenOn(), noonish("2026-04-15"));
        assertEquals(Status.OVERDUE, overdue.status());
        assertEquals(5, overdue.daysOverdue());
        assertEquals(3, overdue.workingDaysOverdue());
        assertEquals(Status.DUE_SOON, RULES.initialVisit(EASTER, seenOn(), noonish("2026-04-08")).status());
        DayDeadlineResult early = RULES.initialVisit(EASTER, seenOn(), noonish("2026-04-02"));
        assertEquals(Status.NOT_YET_DUE, early.status());
        assertEquals(4, early.workingDaysRemaining());
    }

    @Test
    void aVisitWithoutSeeingTheChildDoesNotCompleteTheFirstVisit() {
        VisitLog notSeen = VisitLog.of(List.of(Visit.statutory(noonish("2026-04-01"), false, false, null)));
        DayDeadlineResult r = RULES.initialVisit(EASTER, notSeen, noonish("2026-04-02"));
        assertEquals(Status.NOT_YET_DUE, r.status());
        assertEquals(List.of(Flag.VISIT_CHILD_NOT_SEEN), r.flags());
    }

    @Test
    void withoutANotificationBothRulesStartWhenTheCouncilBecameAware() {
        PrivateFosteringArrangement found = new PrivateFosteringArrangement(null, d("2026-06-01"), null, null);
        assertEquals(d("2026-06-10"), RULES.initialVisit(found, seenOn(), noonish("2026-06-01")).deadline());
        assertEquals(d("2026-07-13"), RULES.visitInterval(found, seenOn(), noonish("2026-06-01")).nextDueDate());
        assertThrows(IllegalArgumentException.class, () -> new PrivateFosteringArrangement(null, null, null, null));
    }

    @Test
    void visitsAreSixWeeklyInTheFirstYearAndTwelveWeeklyAfter() {
        PrivateFosteringArrangement a = new PrivateFosteringArrangement(d("2025-05-12"), d("2025-05-12"), null, d("2026-05-01"));
        PeriodicResult yearOne = RULES.visitInterval(a, seenOn("2026-05-11"), noonish("2026-05-13"));
        assertEquals(d("2026-06-22"), yearOne.nextDueDate());
        PeriodicResult later = RULES.visitInterval(a, seenOn("2026-05-12"), noonish("2026-05-13"));
        assertEquals(d("2026-08-04"), later.nextDueDate());
        assertEquals(83, later.daysRemaining());
    }
}
