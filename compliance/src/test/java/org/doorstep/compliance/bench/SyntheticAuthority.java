package org.doorstep.compliance.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.doorstep.compliance.care.Placement;
import org.doorstep.compliance.care.PlacementType;
import org.doorstep.compliance.careleavers.AccommodationBasis;
import org.doorstep.compliance.careleavers.CareLeaverAccommodation;
import org.doorstep.compliance.engine.ChildRecord;
import org.doorstep.compliance.fostering.PrivateFosteringArrangement;
import org.doorstep.compliance.missing.MissingEpisode;
import org.doorstep.compliance.missing.MissingRecord;
import org.doorstep.compliance.missing.ReturnInterview;
import org.doorstep.compliance.missing.RhiOutcome;
import org.doorstep.compliance.plans.Plan;
import org.doorstep.compliance.time.LondonTime;
import org.doorstep.compliance.visits.Visit;
import org.doorstep.compliance.visits.VisitLog;

/**
 * A seeded synthetic caseload: a mix of regimes (CIN 35%, CP 15%, looked after 35%, private fostering 5%,
 * care leavers 10%), three years of visits each at roughly the regime's frequency with some late visits,
 * unseen children and missing reasons; a fifth of the children have missing episodes with return
 * interviews, and every child has an assessment.
 */
final class SyntheticAuthority {
    static final Instant AS_OF = Instant.parse("2026-06-01T11:00:00Z");
    private static final LocalDate HISTORY_START = LocalDate.of(2023, 6, 1);
    private static final LocalDate AS_OF_DATE = LondonTime.dateOf(AS_OF);

    private final Random random;

    SyntheticAuthority(long seed) {
        this.random = new Random(seed);
    }

    List<ChildRecord> children(int count) {
        List<ChildRecord> children = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            children.add(child("C-" + i));
        }
        return children;
    }

    private ChildRecord child(String id) {
        LocalDate start = HISTORY_START.plusDays(random.nextInt(30));
        int regime = random.nextInt(100);
        Plan cp = null;
        Plan cin = null;
        List<Placement> placements = List.of();
        PrivateFosteringArrangement pf = null;
        CareLeaverAccommodation cl = null;
        LocalDate icpc = null;
        List<LocalDate> reviews = new ArrayList<>();
        int meanGapDays;
        if (regime < 35) {
            cin = Plan.startingOn(start);
            meanGapDays = 25;
        } else if (regime < 50) {
            cp = Plan.startingOn(start);
            icpc = start;
            for (LocalDate r = start.plusDays(80 + random.nextInt(20)); r.isBefore(AS_OF_DATE); r = r.plusDays(170 + random.nextInt(20))) {
                reviews.add(r);
            }
            meanGapDays = 12;
        } else if (regime < 85) {
            placements = placements(start);
            meanGapDays = 38;
        } else if (regime < 90) {
            pf = new PrivateFosteringArrangement(start, start, null, null);
            meanGapDays = 45;
        } else {
            List<LocalDate> pathwayReviews = new ArrayList<>();
            for (LocalDate r = start.plusDays(150); r.isBefore(AS_OF_DATE.plusDays(200)); r = r.plusDays(182)) {
                pathwayReviews.add(r);
            }
            cl = new CareLeaverAccommodation(start, random.nextInt(5) == 0 ? AccommodationBasis.S24B : AccommodationBasis.S23B,
                    pathwayReviews, null, null);
            meanGapDays = 50;
        }
        Instant referral = at(start.minusDays(50 + random.nextInt(20)));
        Instant authorised = random.nextInt(10) == 0 ? null : referral.plusSeconds(86_400L * (40 + random.nextInt(40)));
        return new ChildRecord(id, visits(start, meanGapDays), cp, cin, placements, null, pf, cl, missing(), referral,
                authorised, icpc, reviews);
    }

    private List<Placement> placements(LocalDate start) {
        List<Placement> list = new ArrayList<>();
        LocalDate s = start;
        int moves = random.nextInt(3);
        for (int i = 0; i <= moves; i++) {
            int kind = random.nextInt(20);
            PlacementType type = kind == 0 ? PlacementType.WITH_PARENT_REG19 : kind == 1 ? PlacementType.CONNECTED_PERSON_REG24
                    : kind == 2 ? PlacementType.CARE_ORDER_WITH_PARENT : PlacementType.GENERAL;
            LocalDate intended = random.nextBoolean() ? s.plusDays(random.nextInt(400)) : null;
            boolean longTerm = type == PlacementType.GENERAL && random.nextInt(6) == 0;
            list.add(new Placement(s, null, type, intended, longTerm ? s : null, longTerm ? s.plusDays(400) : null,
                    s.plusDays(20 + random.nextInt(10))));
            s = s.plusDays(200 + random.nextInt(300));
            if (!s.isBefore(AS_OF_DATE)) {
                break;
            }
        }
        return list;
    }

    private VisitLog visits(LocalDate start, int meanGapDays) {
        List<Visit> visits = new ArrayList<>();
        LocalDate day = start.plusDays(1 + random.nextInt(5));
        while (day.isBefore(AS_OF_DATE)) {
            int roll = random.nextInt(100);
            boolean seen = roll >= 4;
            boolean alone = roll >= 12;
            String reason = !alone && roll % 2 == 0 ? "child_refused" : null;
            Instant at = LondonTime.fromWallClock(day.atTime(LocalTime.of(9 + random.nextInt(9), random.nextInt(60))));
            visits.add(Visit.statutory(at, seen, alone, reason));
            int gap = meanGapDays / 2 + random.nextInt(meanGapDays);
            if (random.nextInt(25) == 0) {
                gap += meanGapDays; // an occasional long gap: a past breach
            }
            day = day.plusDays(Math.max(1, gap));
        }
        return VisitLog.of(visits);
    }

    private List<MissingRecord> missing() {
        if (random.nextInt(5) != 0) {
            return List.of();
        }
        List<MissingRecord> episodes = new ArrayList<>();
        Instant start = at(HISTORY_START.plusDays(random.nextInt(200)));
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count && start.isBefore(AS_OF); i++) {
            Instant returned = start.plusSeconds(3_600L * (2 + random.nextInt(48)));
            int outcome = random.nextInt(10);
            Instant offered = returned.plusSeconds(3_600L * (1 + random.nextInt(60)));
            ReturnInterview rhi = outcome < 6
                    ? new ReturnInterview(offered, offered.plusSeconds(3_600L * random.nextInt(40)), null, RhiOutcome.COMPLETED)
                    : outcome < 8 ? new ReturnInterview(offered, null, offered, RhiOutcome.DECLINED) : ReturnInterview.NONE;
            episodes.add(new MissingRecord(new MissingEpisode(start, returned), rhi));
            start = returned.plusSeconds(86_400L * (5 + random.nextInt(200)));
        }
        return episodes;
    }

    private static Instant at(LocalDate day) {
        return LondonTime.fromWallClock(day.atTime(10, 0));
    }
}
