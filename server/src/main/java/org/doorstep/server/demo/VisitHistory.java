package org.doorstep.server.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.doorstep.protocol.visit.Visit;

/**
 * A child's visits over the generated period: most on time, some late, some children not visited lately
 * (overdue now), a few visits where the child was not seen, and seen-alone answers with and without reasons.
 */
final class VisitHistory {
    private static final List<String> NOTES = List.of(
            "Child relaxed; showed me their drawings. Bedroom seen, tidy.",
            "Talked about school and friends; enjoys football club.",
            "Home calm; carer reports better sleep this month.",
            "Child quiet at first, then talked about the weekend with grandparents.",
            "Bedroom seen. Discussed worries about moving school.",
            "Child proud of a good school report; no concerns raised.",
            "Spoke about contact with mum; would like it more often.",
            "Some tension at home; agreed follow-up with the family support worker.");
    private static final List<String> REASONS = List.of(
            "Parent asked to stay in the room; will try again next visit.",
            "Child wanted their sibling present.",
            "Visit cut short: child unwell.",
            "Carer present throughout; child did not want to be alone.");
    private static final List<String> CARE_REASONS = List.of("child_refused", "inappropriate_age_understanding", "unable");

    private VisitHistory() {
    }

    /**
     * Adds the child's visits from {@code from} to {@code until} (both days included) to the batch.
     * {@code visitorAt} says whose device recorded a visit on a date.
     */
    static void generate(String childId, Schedule schedule, LocalDate from, LocalDate until, int age, boolean inCare,
                         Function<LocalDate, DemoPeople.Person> visitorAt, Random random, Instant now, ChildBatch batch) {
        int lateness = lateness(random);
        LocalDate date;
        if (!schedule.start().isBefore(from)) {
            date = schedule.start().plusDays(late(random, lateness) ? schedule.firstWithin() + 1 + random.nextInt(6)
                    : random.nextInt(schedule.firstWithin() + 1));
        } else {
            date = from.plusDays(random.nextInt(Math.max(1, schedule.intervalAt(from))));
        }
        while (!date.isAfter(until)) {
            DemoPeople.Person visitor = visitorAt.apply(date);
            batch.visits.add(visit(childId, date, age, inCare, visitor, random, now));
            int interval = schedule.intervalAt(date);
            double factor = late(random, lateness) ? 1.05 + random.nextDouble() * 0.6 : 0.55 + random.nextDouble() * 0.4;
            date = date.plusDays(Math.max(1, Math.round(interval * factor)));
        }
    }

    private static ChildBatch.Synced<Visit> visit(String childId, LocalDate date, int age, boolean inCare,
                                                  DemoPeople.Person visitor, Random random, Instant now) {
        OffsetDateTime occurred = DemoTime.duringTheDay(date, random);
        // Most visits are saved in the car park; a few the next day.
        OffsetDateTime recorded = random.nextInt(100) < 5 ? DemoTime.later(occurred, 18 * 60, 30 * 60, random)
                : DemoTime.later(occurred, 10, 120, random);
        recorded = DemoTime.notAfter(recorded, now);
        Instant received = DemoTime.notAfter(DemoTime.later(recorded, 1, 240, random), now).toInstant();
        boolean seen = random.nextInt(100) >= 4;
        Boolean seenAlone = null;
        String reason = null;
        if (seen) {
            if (age < 4) {
                seenAlone = false;
                reason = inCare ? "inappropriate_age_understanding" : "Too young to be spoken with alone; seen with carer.";
            } else if (random.nextInt(100) < 84) {
                seenAlone = true;
            } else {
                seenAlone = false;
                if (random.nextInt(100) < 88) {
                    reason = inCare ? CARE_REASONS.get(random.nextInt(CARE_REASONS.size()))
                            : REASONS.get(random.nextInt(REASONS.size()));
                }
            }
        }
        String notes = seen ? NOTES.get(random.nextInt(NOTES.size())) : "No answer at the door; card left. Will call the family.";
        Visit visit = new Visit(DemoTime.uuid(random), childId, occurred, recorded, seen, seenAlone, reason, notes);
        return new ChildBatch.Synced<>(visit, DemoTime.uuid(random), visitor.deviceId(), received);
    }

    /** How often this child's visits run late, in percent: mostly rarely, for some children often. */
    private static int lateness(Random random) {
        int draw = random.nextInt(100);
        return draw < 70 ? 3 : draw < 95 ? 15 : 40;
    }

    private static boolean late(Random random, int lateness) {
        return random.nextInt(100) < lateness;
    }
}
