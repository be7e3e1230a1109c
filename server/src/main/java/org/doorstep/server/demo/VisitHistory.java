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
            "Child relaxed; showed me their drawings.",
            "Talked about school and friends; enjoys football club.",
            "Home calm; carer reports better sleep this month.",
            "Child quiet at first, then talked about the weekend with grandparents.",
            "Discussed worries about moving school.",
            "Child proud of a good school report; no concerns raised.",
            "Spoke about contact with mum; would like it more often.",
            "Some tension at home; agreed follow-up with the family support worker.");
    private static final List<String> REASONS = List.of(
            "Parent asked to stay in the room; will try again next visit.",
            "Child wanted their sibling present.",
            "Visit cut short: child unwell.",
            "Carer present throughout; child did not want to be alone.");
    private static final List<String> NOT_ALONE_CODES = List.of(Visit.CHILD_REFUSED, Visit.UNABLE, Visit.OTHER_REASON);
    private static final List<String> VIEWS = List.of(
            "Wants to see dad more often.",
            "Happy at school; worried about the move.",
            "Likes living here; wants a phone.",
            "Did not want to talk about home today.",
            "Wants to join the football team.");
    private static final List<String> ACTIONS = List.of(
            "Next visit as planned.",
            "Ask school for attendance figures.",
            "Speak to the carer about contact arrangements.",
            "Discuss at supervision.");

    private VisitHistory() {
    }

    /**
     * Adds the child's visits from {@code from} to {@code until} (both days included) to the batch.
     * {@code visitorAt} says whose device recorded a visit on a date.
     */
    static void generate(String childId, Schedule schedule, LocalDate from, LocalDate until, int age,
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
            batch.visits.add(visit(childId, date, age, visitor, random, now));
            int interval = schedule.intervalAt(date);
            double factor = late(random, lateness) ? 1.05 + random.nextDouble() * 0.6 : 0.55 + random.nextDouble() * 0.4;
            date = date.plusDays(Math.max(1, Math.round(interval * factor)));
        }
    }

    private static ChildBatch.Synced<Visit> visit(String childId, LocalDate date, int age, DemoPeople.Person visitor,
                                                  Random random, Instant now) {
        OffsetDateTime occurred = DemoTime.duringTheDay(date, random);
        // Most visits are saved in the car park; a few the next day.
        OffsetDateTime recorded = random.nextInt(100) < 5 ? DemoTime.later(occurred, 18 * 60, 30 * 60, random)
                : DemoTime.later(occurred, 10, 120, random);
        recorded = DemoTime.notAfter(recorded, now);
        Instant received = DemoTime.notAfter(DemoTime.later(recorded, 1, 240, random), now).toInstant();
        boolean seen = random.nextInt(100) >= 4;
        Boolean seenAlone = null;
        String code = null;
        String reason = null;
        if (seen) {
            if (age < 4) {
                seenAlone = false;
                code = Visit.INAPPROPRIATE;
                reason = "Too young to be spoken with alone; seen with carer.";
            } else if (random.nextInt(100) < 84) {
                seenAlone = true;
            } else {
                seenAlone = false;
                // Some not-seen-alone visits carry no reason: the dashboard and the Annex A lists must show them.
                if (random.nextInt(100) < 88) {
                    code = NOT_ALONE_CODES.get(random.nextInt(NOT_ALONE_CODES.size()));
                    reason = REASONS.get(random.nextInt(REASONS.size()));
                }
            }
        }
        Visit visit;
        if (seen) {
            String observations = NOTES.get(random.nextInt(NOTES.size()));
            String views = age >= 4 ? VIEWS.get(random.nextInt(VIEWS.size())) : null;
            visit = new Visit(DemoTime.uuid(random), childId, occurred, recorded, true, seenAlone, reason, null,
                    Visit.STATUTORY, code, random.nextInt(100) < 70, views, observations, ACTIONS.get(random.nextInt(ACTIONS.size())));
        } else {
            visit = new Visit(DemoTime.uuid(random), childId, occurred, recorded, false, null, null, null, Visit.STATUTORY,
                    null, null, null, "No answer at the door; card left.", "Call the family and visit again this week.");
        }
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
