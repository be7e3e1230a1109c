package org.doorstep.compliance.periodic;

import static org.doorstep.compliance.Fixtures.CALENDAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.doorstep.compliance.care.CicPolicy;
import org.doorstep.compliance.care.CicVisitRule;
import org.doorstep.compliance.care.Placement;
import org.doorstep.compliance.care.PlacementType;
import org.doorstep.compliance.care.WeeklyVisits;
import org.doorstep.compliance.careleavers.AccommodationBasis;
import org.doorstep.compliance.careleavers.CareLeaverAccommodation;
import org.doorstep.compliance.careleavers.CareLeaverPolicy;
import org.doorstep.compliance.careleavers.PersonalAdviserVisitRule;
import org.doorstep.compliance.fostering.PrivateFosteringArrangement;
import org.doorstep.compliance.fostering.PrivateFosteringPolicy;
import org.doorstep.compliance.fostering.PrivateFosteringRules;
import org.doorstep.compliance.plans.Plan;
import org.doorstep.compliance.plans.PlanVisitPolicy;
import org.doorstep.compliance.plans.PlanVisitRule;
import org.doorstep.compliance.result.Breach;
import org.doorstep.compliance.result.PeriodicResult;
import org.doorstep.compliance.result.Status;
import org.doorstep.compliance.time.DayCounting;
import org.doorstep.compliance.time.DueSoonThresholds;
import org.doorstep.compliance.time.Interval;
import org.doorstep.compliance.time.LondonTime;
import org.doorstep.compliance.visits.Visit;
import org.doorstep.compliance.visits.VisitLog;

/** Invariants of every periodic rule, over random policies, placements and visit histories. */
class PeriodicRulePropertiesTest {
    private static final LocalDate EARLIEST = LocalDate.of(2016, 1, 4);

    /** A periodic rule set up for one child: its start and how to evaluate a visit log. */
    record RuleCase(String description, LocalDate start, LocalDate currentFrom,
                    BiFunction<VisitLog, Instant, PeriodicResult> rule) {
        @Override
        public String toString() {
            return description;
        }
    }

    @Property(tries = 400)
    void aVisitOnTheDueDateIsNeverOverdue(@ForAll("cases") RuleCase c,
                                          @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 1100) Integer> offsets) {
        VisitLog history = visits(c.start(), offsets);
        LocalDate last = c.currentFrom();
        for (int o : offsets) {
            last = max(last, c.start().plusDays(o));
        }
        LocalDate due = c.rule().apply(history, at(last, 23)).nextDueDate();
        PeriodicResult after = c.rule().apply(history.with(Visit.seenAlone(at(due, 10))), at(due, 23));
        assertNotEquals(Status.OVERDUE, after.status());
        for (Breach b : after.breaches()) {
            assertNotEquals(due, b.metOn(), "a visit on the due date is not a breach: " + b);
        }
    }

    @Property(tries = 400)
    void addingAQualifyingVisitNeverWorsensTheStatus(@ForAll("cases") RuleCase c,
                                                     @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 1100) Integer> offsets,
                                                     @ForAll @IntRange(min = 0, max = 1200) int asOfOffset,
                                                     @ForAll @IntRange(min = 0, max = 1200) int extraOffset) {
        VisitLog history = visits(c.start(), offsets);
        Instant asOf = at(c.start().plusDays(asOfOffset), 23);
        PeriodicResult before = c.rule().apply(history, asOf);
        LocalDate extra = c.start().plusDays(Math.min(extraOffset, asOfOffset));
        PeriodicResult after = c.rule().apply(history.with(Visit.seenAlone(at(extra, 10))), asOf);
        assertFalse(after.status().isWorseThan(before.status()), before.status() + " -> " + after.status());
        assertFalse(after.nextDueDate().isBefore(before.nextDueDate()), before.nextDueDate() + " -> " + after.nextDueDate());
    }

    @Property(tries = 200)
    void aVisitWhereTheChildWasNotSeenNeverChangesTheDueDate(@ForAll("cases") RuleCase c,
                                                            @ForAll @Size(max = 20) List<@IntRange(min = 0, max = 1100) Integer> offsets,
                                                            @ForAll @IntRange(min = 0, max = 1200) int extraOffset) {
        VisitLog history = visits(c.start(), offsets);
        Instant asOf = at(c.start().plusDays(1200), 23);
        Visit notSeen = Visit.statutory(at(c.start().plusDays(extraOffset), 10), false, false, null);
        assertEquals(c.rule().apply(history, asOf).nextDueDate(), c.rule().apply(history.with(notSeen), asOf).nextDueDate());
    }

    @Provide
    Arbitrary<RuleCase> cases() {
        return Arbitraries.oneOf(planCases(), cicCases(), privateFosteringCases(), careLeaverCases());
    }

    private Arbitrary<RuleCase> planCases() {
        Arbitrary<Interval> interval = Arbitraries.of(Interval.workingDays(10), Interval.workingDays(20),
                Interval.calendarDays(14), Interval.weeks(4), Interval.weeks(6), Interval.months(1));
        return Combinators.combine(startDates(), interval, Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((start, i, inclusive, roll) -> {
                    PlanVisitRule rule = new PlanVisitRule(CALENDAR, new PlanVisitPolicy(i, new DayCounting(inclusive, roll),
                            false, DueSoonThresholds.DEFAULT));
                    return new RuleCase("plan " + start + " every " + i + (inclusive ? " inclusive" : "") + (roll ? " rolled" : ""),
                            start, start, (v, asOf) -> rule.evaluate(Plan.startingOn(start), v, asOf));
                });
    }

    private Arbitrary<RuleCase> cicCases() {
        return Combinators.combine(startDates(), Arbitraries.of(PlacementType.values()), Arbitraries.integers().between(-1, 900),
                Arbitraries.integers().between(-1, 700), Arbitraries.integers().between(-1, 300),
                Arbitraries.of(WeeklyVisits.values()))
                .as((start, type, intendedFrom, longTermFrom, secondPlacementAt, weekly) -> {
                    List<Placement> placements = new ArrayList<>();
                    LocalDate intended = intendedFrom < 0 ? null : start.plusDays(intendedFrom);
                    LocalDate longTerm = longTermFrom < 0 ? null : start.plusDays(longTermFrom);
                    LocalDate review = intendedFrom < 0 ? null : start.plusDays(intendedFrom / 4);
                    placements.add(new Placement(start, null, type, intended, longTerm, longTerm, review));
                    if (secondPlacementAt > 0) {
                        placements.add(new Placement(start.plusDays(secondPlacementAt), null, type, intended, longTerm,
                                longTerm, null));
                    }
                    CicVisitRule rule = new CicVisitRule(CALENDAR, new CicPolicy(Interval.months(3), Interval.months(6),
                            weekly, secondPlacementAt % 3 == 0 ? Interval.weeks(4) : null, false, DayCounting.DEFAULT,
                            DueSoonThresholds.DEFAULT));
                    LocalDate current = placements.get(placements.size() - 1).start();
                    return new RuleCase("cic " + placements + " " + weekly, start, current,
                            (v, asOf) -> rule.evaluate(placements, null, v, asOf));
                });
    }

    private Arbitrary<RuleCase> privateFosteringCases() {
        PrivateFosteringRules rules = new PrivateFosteringRules(CALENDAR, PrivateFosteringPolicy.STATUTORY);
        return startDates().map(start -> new RuleCase("pf " + start, start, start, (v, asOf) ->
                rules.visitInterval(new PrivateFosteringArrangement(start, start, null, null), v, asOf)));
    }

    private Arbitrary<RuleCase> careLeaverCases() {
        PersonalAdviserVisitRule rule = new PersonalAdviserVisitRule(CALENDAR, CareLeaverPolicy.STATUTORY);
        return Combinators.combine(startDates(), Arbitraries.integers().between(20, 200).list().ofMaxSize(6))
                .as((start, gaps) -> {
                    List<LocalDate> reviews = new ArrayList<>();
                    LocalDate r = start;
                    for (int g : gaps) {
                        r = r.plusDays(g);
                        reviews.add(r);
                    }
                    CareLeaverAccommodation a = new CareLeaverAccommodation(start, AccommodationBasis.S23B, reviews, null, null);
                    return new RuleCase("cl " + start + " reviews " + reviews, start, start, (v, asOf) -> rule.evaluate(a, v, asOf));
                });
    }

    private static Arbitrary<LocalDate> startDates() {
        return Arbitraries.integers().between(0, 4000).map(EARLIEST::plusDays);
    }

    private static VisitLog visits(LocalDate start, List<Integer> offsets) {
        return VisitLog.of(offsets.stream().map(o -> Visit.seenAlone(at(start.plusDays(o), 10))).toList());
    }

    private static Instant at(LocalDate day, int hour) {
        return LondonTime.fromWallClock(day.atTime(LocalTime.of(hour, 0)));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
