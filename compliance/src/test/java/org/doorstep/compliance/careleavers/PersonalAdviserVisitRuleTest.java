package org.doorstep.compliance.careleavers;

import static org.doorstep.compliance.Fixtures.CALENDAR;
import static org.doorstep.compliance.Fixtures.d;
import static org.doorstep.compliance.Fixtures.noonish;
import static org.doorstep.compliance.Fixtures.seenOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.doorstep.compliance.result.Breach;
import org.doorstep.compliance.result.PeriodicResult;
import org.doorstep.compliance.result.Status;
import org.doorstep.compliance.time.DayCounting;
import org.doorstep.compliance.time.DueSoonThresholds;
import org.doorstep.compliance.time.Interval;
import org.junit.jupiter.api.Test;

class PersonalAdviserVisitRuleTest {
    private static final PersonalAdviserVisitRule RULE = new PersonalAdviserVisitRule(CALENDAR, CareLeaverPolicy.STATUTORY);

    private static CareLeaverAccommodation s23b(String start, List<String> reviews) {
        return new CareLeaverAccommodation(d(start), AccommodationBasis.S23B, reviews.stream().map(x -> d(x)).toList(),
                null, null);
    }

    @Test
    void theFirstVisitIsDueWithinSevenDays() {
        PeriodicResult r = RULE.evaluate(s23b("2026-01-15", List.of()), seenOn(), noonish("2026-01-20"));
        assertEquals(d("2026-01-22"), r.nextDueDate());
        assertEquals(Status.DUE_SOON, r.status());
        assertEquals(2, r.daysRemaining());
    }

    @Test
    void thenTwoMonthsWithTheMonthEndFallback() {
        PeriodicResult r = RULE.evaluate(s23b("2025-12-30", List.of()), seenOn("2025-12-31"), noonish("2026-01-02"));
        assertEquals(d("2026-02-28"), r.nextDueDate());
    }

    @Test
    void aPathwayPlanReviewBringsTheNextVisitForward() {
        CareLeaverAccommodation a = s23b("2026-01-15", List.of("2026-02-10"));
        assertEquals(d("2026-02-10"), RULE.evaluate(a, seenOn("2026-01-20"), noonish("2026-01-21")).nextDueDate());
        assertEquals(d("2026-04-10"), RULE.evaluate(a, seenOn("2026-01-20", "2026-02-10"), noonish("2026-02-11")).nextDueDate());
        PeriodicResult missed = RULE.evaluate(a, seenOn("2026-01-20", "2026-02-12"), noonish("2026-02-13"));
        assertEquals(List.of(new Breach(d("2026-01-20"), d("2026-02-10"), d("2026-02-12"))), missed.breaches());
    }

    @Test
    void otherAccommodationNeedsTheCouncilsOwnFrequency() {
        CareLeaverAccommodation other = new CareLeaverAccommodation(d("2026-01-15"), AccommodationBasis.OTHER, List.of(), null, null);
        assertThrows(IllegalArgumentException.class, () -> RULE.evaluate(other, seenOn(), noonish("2026-01-20")));
        PersonalAdviserVisitRule local = new PersonalAdviserVisitRule(CALENDAR, new CareLeaverPolicy(Interval.calendarDays(7),
                Interval.months(2), Interval.weeks(8), false, DayCounting.DEFAULT, DueSoonThresholds.DEFAULT));
        assertEquals(d("2026-03-12"), local.evaluate(other, seenOn(), noonish("2026-01-20")).nextDueDate());
    }
}
