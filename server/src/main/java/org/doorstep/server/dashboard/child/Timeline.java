package org.doorstep.server.dashboard.child;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doorstep.compliance.engine.ChildCompliance;
import org.doorstep.compliance.engine.ComplianceEngine;
import org.doorstep.compliance.result.Breach;
import org.doorstep.compliance.result.DayDeadlineResult;
import org.doorstep.compliance.result.PeriodicResult;
import org.doorstep.protocol.ProtocolJson;
import org.doorstep.server.dashboard.compliance.ChildEvaluator;
import org.doorstep.server.dashboard.compliance.ChildFacts;
import org.doorstep.server.dashboard.compliance.ChildRecords;
import org.doorstep.server.dashboard.compliance.Regime;
import org.doorstep.server.dashboard.compliance.RhiClock;
import org.doorstep.server.dashboard.compliance.VisitStatus;
import org.doorstep.server.dashboard.review.Decision;
import org.doorstep.server.dashboard.review.ReasonWords;
import org.doorstep.server.dashboard.review.VisitReviews;
import org.doorstep.server.dashboard.web.Formats;
import org.doorstep.server.db.TimeText;

/** Assembles a child's timeline from its records and a live evaluation. Pure apart from JSON reading. */
final class Timeline {
    private static final ObjectMapper JSON = ProtocolJson.newMapper();
    private static final Set<String> TRUE = Set.of("1", "true", "t");

    private Timeline() {
    }

    static TimelinePage build(TimelineReader.ChildRow child, ChildFacts facts, ComplianceEngine engine, Instant now,
                              List<Map<String, String>> visitRows, List<Map<String, String>> missingRows,
                              List<Map<String, String>> interviewRows, List<VisitReviews.StoredReview> stored, String formToken) {
        LocalDate today = TimelineController.today(now);
        TimelinePage.Header header = new TimelinePage.Header(child.id(), child.name(), Formats.date(LocalDate.parse(child.dateOfBirth())),
                child.teamName() == null ? "No team" : child.teamName(), child.workerName() == null ? "Unallocated" : child.workerName(),
                child.workerId() == null ? "" : child.workerId(),
                child.closedOn() == null ? "Open case" : "Case closed on " + Formats.date(LocalDate.parse(child.closedOn())));
        List<TimelinePage.Rule> rules = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        try {
            ChildCompliance result = engine.evaluate(ChildRecords.of(facts, today, false, engine.policy()), now);
            rules(result, rules, flags);
        } catch (IllegalArgumentException inconsistent) {
            flags.add("The records cannot be evaluated as they stand: " + inconsistent.getMessage());
        }
        List<RhiClock> clocks = ChildEvaluator.evaluate(facts, engine, 0, now, 0).clocks();
        Map<String, List<VisitReviews.StoredReview>> reviewsByVisit = new HashMap<>();
        stored.forEach(r -> reviewsByVisit.computeIfAbsent(r.visitId() + "/" + r.version(), k -> new ArrayList<>()).add(r));
        List<TimelinePage.VisitGroup> visits = visits(visitRows, reviewsByVisit, !formToken.isEmpty());
        Map<String, String> visitDates = new HashMap<>();
        visits.forEach(v -> visitDates.put(v.visitId(), v.occurredAt()));
        List<TimelinePage.Review> reviews = stored.stream().map(r -> new TimelinePage.Review(
                "Visit of " + visitDates.getOrDefault(r.visitId(), "?") + ", version " + r.version(), Decision.labelOf(r.decision()),
                r.comment() == null ? "" : r.comment(), r.reviewerName(), Formats.dateTime(r.reviewedAt()))).toList();
        return new TimelinePage(header, episodes(facts), rules, flags, visits, missing(missingRows, interviewRows, clocks, now),
                reviews, formToken);
    }

    private static void rules(ChildCompliance result, List<TimelinePage.Rule> rules, List<String> flags) {
        Set<String> seen = new HashSet<>();
        DayDeadlineResult initial = result.privateFosteringInitialVisit();
        if (initial != null) {
            VisitStatus status = VisitStatus.of(initial.status());
            rules.add(new TimelinePage.Rule("Private fostering: first visit", status.code(), initial.status().code().replace('_', ' '),
                    Formats.date(initial.deadline()), initial.doneOn() == null ? "Not yet made" : "Made on " + Formats.date(initial.doneOn()),
                    List.of()));
        }
        for (Regime regime : Regime.values()) {
            PeriodicResult r = switch (regime) {
                case CP -> result.childProtectionVisits();
                case CIN -> result.childInNeedVisits();
                case CIC -> result.lookedAfterVisits();
                case PF -> result.privateFosteringVisits();
                case CL -> result.personalAdviserVisits();
            };
            if (r == null) {
                continue;
            }
            VisitStatus status = VisitStatus.of(r.status());
            String detail = r.daysOverdue() > 0 ? r.daysOverdue() + " days overdue"
                    : r.daysRemaining() + " days left";
            List<TimelinePage.Breach> breaches = new ArrayList<>();
            for (Breach b : r.breaches()) {
                breaches.add(new TimelinePage.Breach(Formats.date(b.from()), Formats.date(b.due()),
                        b.metOn() == null ? "Never met" : "Visited " + Formats.date(b.metOn())));
            }
            rules.add(new TimelinePage.Rule(regime.label(), status.code(), status.label(), Formats.date(r.nextDueDate()), detail, breaches));
            r.flags().forEach(f -> {
                if (seen.add(f.code())) {
                    flags.add(f.code().replace('_', ' '));
                }
            });
        }
    }

    private static List<TimelinePage.Episode> episodes(ChildFacts facts) {
        List<TimelinePage.Episode> episodes = new ArrayList<>();
        for (ChildFacts.PlanRow p : facts.plans()) {
            episodes.add(new TimelinePage.Episode("cp".equals(p.kind()) ? "Child protection plan" : "Child in need plan",
                    Formats.date(p.start()), Formats.date(p.end()), ""));
        }
        for (ChildFacts.PlacementRow p : facts.placements()) {
            episodes.add(new TimelinePage.Episode("Placement", Formats.date(p.start()), Formats.date(p.end()),
                    p.type().replace('_', ' ') + (p.firstReviewDate() == null ? "" : "; first review " + Formats.date(p.firstReviewDate()))));
        }
        for (ChildFacts.FosteringRow f : facts.fostering()) {
            episodes.add(new TimelinePage.Episode("Private fostering", Formats.date(f.notificationReceived() != null
                    ? f.notificationReceived() : f.laAware()), Formats.date(f.end()), "notified " + Formats.date(f.notificationReceived())));
        }
        for (ChildFacts.CareLeaverRow c : facts.careLeaver()) {
            episodes.add(new TimelinePage.Episode("Care leaver accommodation", Formats.date(c.firstProvided()), Formats.date(c.end()),
                    "basis " + c.basis()));
        }
        return episodes;
    }

    private static List<TimelinePage.VisitGroup> visits(List<Map<String, String>> rows,
                                                       Map<String, List<VisitReviews.StoredReview>> reviews, boolean canReview) {
        Map<String, List<Map<String, String>>> byVisit = new LinkedHashMap<>();
        rows.forEach(r -> byVisit.computeIfAbsent(r.get("id"), id -> new ArrayList<>()).add(r));
        List<TimelinePage.VisitGroup> groups = new ArrayList<>();
        for (Map.Entry<String, List<Map<String, String>>> e : byVisit.entrySet()) {
            List<TimelinePage.VisitVersion> versions = new ArrayList<>();
            Map<String, String> latest = e.getValue().get(0);
            for (Map<String, String> r : e.getValue()) {
                versions.add(version(r));
                if (TRUE.contains(r.get("latest"))) {
                    latest = r;
                }
            }
            int latestVersion = Integer.parseInt(latest.get("version"));
            boolean notAlone = TRUE.contains(latest.get("seen")) && latest.get("seen_alone") != null
                    && !TRUE.contains(latest.get("seen_alone"));
            boolean reviewable = canReview && notAlone && !reviews.containsKey(e.getKey() + "/" + latestVersion);
            groups.add(new TimelinePage.VisitGroup(e.getKey(), Formats.dateTime(TimeText.instant(latest.get("occurred_at"))),
                    e.getValue().size() > 1, versions, reviewable, latestVersion, "t-" + e.getKey()));
        }
        return groups;
    }

    private static TimelinePage.VisitVersion version(Map<String, String> r) {
        boolean seen = TRUE.contains(r.get("seen"));
        boolean alone = TRUE.contains(r.get("seen_alone"));
        String seenText = !seen ? "Child not seen" : alone ? "Seen alone" : "Seen, not alone";
        List<TimelinePage.Detail> details = new ArrayList<>();
        detail(details, "Type", r.get("visit_type") == null || "statutory".equals(r.get("visit_type")) ? null
                : r.get("visit_type").replace('_', ' '));
        detail(details, "Bedroom seen", r.get("bedroom_seen") == null ? null : TRUE.contains(r.get("bedroom_seen")) ? "Yes" : "No");
        detail(details, "Child's views and wishes", r.get("child_views"));
        detail(details, "Observations", r.get("observations"));
        detail(details, "Actions", r.get("actions"));
        return new TimelinePage.VisitVersion(Integer.parseInt(r.get("version")), TRUE.contains(r.get("latest")),
                Formats.dateTime(TimeText.instant(r.get("occurred_at"))), Formats.dateTime(TimeText.instant(r.get("recorded_at"))),
                Formats.dateTime(TimeText.instant(r.get("received_at"))), seenText,
                seen && !alone ? ReasonWords.of(r.get("not_alone_code"), r.get("not_alone_reason")) : "",
                r.get("notes") == null ? "" : r.get("notes"), details,
                r.get("time_flags") == null ? "" : r.get("time_flags").replace('_', ' ').replace(",", ", "));
    }

    private static void detail(List<TimelinePage.Detail> details, String label, String text) {
        if (text != null && !text.isBlank()) {
            details.add(new TimelinePage.Detail(label, text));
        }
    }

    private static List<TimelinePage.Missing> missing(List<Map<String, String>> rows, List<Map<String, String>> interviews,
                                                      List<RhiClock> clocks, Instant now) {
        Map<String, Integer> versions = new HashMap<>();
        rows.forEach(r -> versions.merge(r.get("id"), 1, Integer::sum));
        Map<String, Map<String, String>> interviewByEpisode = new HashMap<>();
        interviews.forEach(i -> interviewByEpisode.put(i.get("episode_id"), i));
        Map<String, RhiClock> clockByEpisode = new HashMap<>();
        clocks.forEach(c -> clockByEpisode.put(c.episodeId(), c));
        List<TimelinePage.Missing> missing = new ArrayList<>();
        for (Map<String, String> r : rows) {
            if (!TRUE.contains(r.get("latest"))) {
                continue;
            }
            String police = "";
            try {
                JsonNode body = JSON.readTree(r.get("body"));
                police = body.path("policeReference").asText("");
            } catch (IOException unreadable) {
                police = "";
            }
            Map<String, String> i = interviewByEpisode.get(r.get("id"));
            String interview = i == null ? "No interview recorded" : interviewText(i);
            RhiClock clock = clockByEpisode.get(r.get("id"));
            String clockText = r.get("returned_at") == null ? "Still missing: the clock starts when the child returns"
                    : clock == null ? "" : clockText(clock, now);
            missing.add(new TimelinePage.Missing(Formats.dateTime(TimeText.instant(r.get("went_missing_at"))),
                    r.get("returned_at") == null ? "Not yet" : Formats.dateTime(TimeText.instant(r.get("returned_at"))), police,
                    versions.get(r.get("id")), interview, clockText));
        }
        return missing;
    }

    private static String interviewText(Map<String, String> i) {
        List<String> parts = new ArrayList<>();
        if (i.get("offered_at") != null) {
            parts.add("offered " + Formats.dateTime(TimeText.instant(i.get("offered_at"))));
        }
        if (i.get("completed_at") != null) {
            parts.add("completed " + Formats.dateTime(TimeText.instant(i.get("completed_at"))));
        }
        if (i.get("declined_at") != null) {
            parts.add("declined " + Formats.dateTime(TimeText.instant(i.get("declined_at"))));
        }
        if ("not_required".equals(i.get("outcome"))) {
            parts.add("decided not required");
        }
        return parts.isEmpty() ? "Recorded, nothing happened yet" : String.join("; ", parts);
    }

    private static String clockText(RhiClock clock, Instant now) {
        String deadline = "deadline " + Formats.dateTime(clock.deadline());
        if (clock.pending()) {
            return "Waiting: " + deadline + " (" + Formats.timeLeft(java.time.Duration.between(now, clock.deadline())) + ")";
        }
        if (clock.overdue()) {
            return "Overdue: " + deadline;
        }
        String offered = clock.offeredInTime() == null ? "" : clock.offeredInTime() ? "; offered in time" : "; offered late";
        String completed = clock.completedInTime() == null ? "" : clock.completedInTime() ? ", completed in time" : ", not completed in time";
        return clock.status().replace('_', ' ') + ": " + deadline + offered + completed;
    }
}
