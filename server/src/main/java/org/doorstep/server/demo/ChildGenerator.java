package org.doorstep.server.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import org.doorstep.server.db.TimeText;

/**
 * One generated child: who they are, their team and worker (and an earlier worker for some), the episode
 * that decides their visiting regime, their visits and missing episodes. Each child draws from a random
 * source of its own, seeded by the authority's seed and the child's number, so a seed always gives the
 * same children whatever the batch size.
 */
final class ChildGenerator {
    /** How far back visits and missing episodes go. */
    static final int HISTORY_MONTHS = 18;

    private final long seed;
    private final LocalDate today;
    private final Instant now;
    private final DemoPeople people;
    private final LocalDate historyStart;
    private final double visitDensity;

    ChildGenerator(long seed, Instant now, DemoPeople people) {
        this(seed, now, people, 1.0);
    }

    /**
     * @param visitDensity how many times more often than their regime wants children are visited (1: as the regime
     *                     wants; 6: about a hundred visits a child over the 18 months, for the dashboard's benchmark)
     */
    ChildGenerator(long seed, Instant now, DemoPeople people, double visitDensity) {
        if (!(visitDensity >= 1.0 && visitDensity <= 50.0)) {
            throw new IllegalArgumentException("visit density must be from 1 to 50, not " + visitDensity);
        }
        this.visitDensity = visitDensity;
        this.seed = seed;
        this.now = now;
        this.today = LocalDate.ofInstant(now, DemoTime.LONDON);
        this.people = people;
        this.historyStart = today.minusMonths(HISTORY_MONTHS);
    }

    static String childId(int index) {
        return String.format("DC-%06d", index + 1);
    }

    void generate(int index, ChildBatch batch) {
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + index);
        String id = childId(index);
        DemoPeople.Team team = people.teams().get(random.nextInt(people.teams().size()));
        List<DemoPeople.Person> workers = people.workers(team.id());
        DemoPeople.Person worker = workers.get(random.nextInt(workers.size()));
        Regime regime = Regime.pick(random);
        LocalDate dob = dateOfBirth(regime, random);
        LocalDate start = today.minusDays(20 + random.nextInt(880));
        LocalDate earliest = regime == Regime.CARE_LEAVER ? dob.plusYears(18) : dob.plusDays(10);
        if (start.isBefore(earliest)) {
            start = earliest.isBefore(today.minusDays(10)) ? earliest : today.minusDays(10);
        }
        LocalDate closedOn = random.nextInt(100) < 4 ? today.minusDays(5 + random.nextInt(150)) : null;
        if (closedOn != null && !closedOn.isAfter(start.plusDays(14))) {
            closedOn = null;
        }
        String name = FictionalNames.first(random) + " " + FictionalNames.last(random);
        batch.children.add(new ChildBatch.Child(id, name, dob.toString(), team.id(), worker.id(),
                closedOn == null ? null : closedOn.toString()));

        Schedule schedule = episodes(regime, id, start, closedOn, random, batch);

        // A quarter of the children changed worker within the team part-way through.
        DemoPeople.Person previous = random.nextInt(100) < 25 ? workers.get(random.nextInt(workers.size())) : worker;
        LocalDate handover = start.plusDays(1 + random.nextInt((int) Math.max(1, today.toEpochDay() - start.toEpochDay())));
        if (previous != worker && handover.isBefore(today)) {
            batch.allocations.add(new ChildBatch.Allocation(id, DemoTime.startOfDay(start), previous.id(), team.id(),
                    DemoTime.startOfDay(handover)));
            batch.allocations.add(new ChildBatch.Allocation(id, DemoTime.startOfDay(handover), worker.id(), team.id(), null));
        } else {
            previous = worker;
            handover = start;
            batch.allocations.add(new ChildBatch.Allocation(id, DemoTime.startOfDay(start), worker.id(), team.id(), null));
        }

        int age = Period.between(dob, today).getYears();
        boolean inCare = regime == Regime.LOOKED_AFTER;
        LocalDate from = start.isAfter(historyStart) ? start : historyStart;
        LocalDate until = closedOn != null ? closedOn : today.minusDays(1);
        if (closedOn == null && random.nextInt(100) < 9) {
            // Not visited lately: overdue now.
            until = today.minusDays(schedule.intervalAt(today) + 3 + random.nextInt(20));
        }
        schedule = schedule.denser(visitDensity);
        DemoPeople.Person before = previous;
        LocalDate switchOn = handover;
        VisitHistory.generate(id, schedule, from, until, age,
                date -> date.isBefore(switchOn) ? before : worker, random, now, batch);
        MissingHistory.generate(id, MissingHistory.episodes(age, inCare, random), from, closedOn == null ? now
                : DemoTime.startOfDay(closedOn), people.officer(team.area()), random, batch);
    }

    private LocalDate dateOfBirth(Regime regime, Random random) {
        int years = switch (regime) {
            case CARE_LEAVER -> 18 + random.nextInt(3);
            case PRIVATE_FOSTERING -> 8 + random.nextInt(9);
            default -> random.nextInt(17);
        };
        return today.minusYears(years).minusDays(30 + random.nextInt(330));
    }

    /** Adds the child's episode rows and returns the visiting schedule they imply. */
    private Schedule episodes(Regime regime, String childId, LocalDate start, LocalDate closedOn, Random random,
                              ChildBatch batch) {
        String end = closedOn == null ? null : closedOn.toString();
        switch (regime) {
            case CHILD_PROTECTION, CHILD_IN_NEED -> {
                boolean cp = regime == Regime.CHILD_PROTECTION;
                batch.episodes.add(row("plan", "DP-" + childId.substring(3), "child_id", childId, "kind", cp ? "cp" : "cin",
                        "start_date", start.toString(), "end_date", end));
                return Schedule.every(start, 14, cp ? 14 : 28);
            }
            case PRIVATE_FOSTERING -> {
                LocalDate aware = start.minusDays(random.nextInt(10));
                batch.episodes.add(row("private_fostering", "DF-" + childId.substring(3), "child_id", childId,
                        "notification_received_date", start.toString(), "la_aware_date", aware.toString(), "end_date", end));
                return new Schedule(start, 9, 42, aware.plusYears(1), 84);
            }
            case CARE_LEAVER -> {
                String basis = random.nextInt(100) < 60 ? "s23b" : random.nextInt(100) < 75 ? "s24b" : "other";
                batch.episodes.add(row("care_leaver_accommodation", "DL-" + childId.substring(3), "child_id", childId,
                        "first_provided_date", start.toString(), "basis", basis, "end_date", end));
                return Schedule.every(start, 7, 56);
            }
            default -> {
                return placement(childId, start, end, random, batch);
            }
        }
    }

    private Schedule placement(String childId, LocalDate start, String end, Random random, ChildBatch batch) {
        int draw = random.nextInt(100);
        String type = draw < 45 ? "foster" : draw < 70 ? "childrens_home" : draw < 76 ? "with_parent_reg19"
                : draw < 84 ? "connected_person_reg24" : draw < 89 ? "ico_with_parent" : draw < 94 ? "care_order_with_parent"
                : "other_arrangements";
        String stored = type.equals("foster") || type.equals("childrens_home") ? "general" : type;
        LocalDate firstReview = start.plusDays(20 + random.nextInt(8));
        boolean longTerm = type.equals("foster") && start.plusDays(90).isBefore(today) && random.nextInt(100) < 35;
        boolean agreed = longTerm && start.plusDays(400).isBefore(today) && random.nextInt(100) < 50;
        if (random.nextInt(100) < 25 && start.isAfter(today.minusYears(3))) {
            // An earlier placement that ended when the child moved.
            LocalDate earlier = start.minusDays(60 + random.nextInt(400));
            batch.episodes.add(row("placement", "DQ-" + childId.substring(3), "child_id", childId, "start_date", earlier.toString(),
                    "end_date", start.minusDays(1).toString(), "placement_type", "general", "intended_until_18_from", null,
                    "long_term_foster_from", null, "child_agreed_from", null, "first_review_date", earlier.plusDays(25).toString()));
        }
        batch.episodes.add(row("placement", "DA-" + childId.substring(3), "child_id", childId, "start_date", start.toString(),
                "end_date", end, "placement_type", stored,
                "intended_until_18_from", longTerm ? start.plusDays(90).toString() : null,
                "long_term_foster_from", longTerm ? start.plusDays(90).toString() : null,
                "child_agreed_from", agreed ? start.plusDays(400).toString() : null,
                "first_review_date", firstReview.toString()));
        return switch (stored) {
            case "with_parent_reg19" -> new Schedule(start, 7, 7, firstReview, 42);
            case "connected_person_reg24", "ico_with_parent" -> new Schedule(start, 7, 7, firstReview, 28);
            case "general" -> new Schedule(start, 7, 42, start.plusYears(1), longTerm ? 90 : 42);
            default -> Schedule.every(start, 7, 42);
        };
    }

    private static ChildBatch.Episode row(String table, String id, String... pairs) {
        LinkedHashMap<String, String> columns = new LinkedHashMap<>();
        columns.put("id", id);
        for (int i = 0; i < pairs.length; i += 2) {
            columns.put(pairs[i], pairs[i + 1]);
        }
        return new ChildBatch.Episode(table, columns);
    }

    static String time(Instant instant) {
        return instant == null ? null : TimeText.of(instant);
    }
}
