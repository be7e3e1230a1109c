package org.doorstep.compliance.evaluator;

import static org.doorstep.compliance.evaluator.JsonFields.optional;
import static org.doorstep.compliance.evaluator.JsonFields.optionalBoolean;
import static org.doorstep.compliance.evaluator.JsonFields.optionalDate;
import static org.doorstep.compliance.evaluator.JsonFields.optionalInstant;
import static org.doorstep.compliance.evaluator.JsonFields.optionalText;
import static org.doorstep.compliance.evaluator.JsonFields.requiredBoolean;
import static org.doorstep.compliance.evaluator.JsonFields.requiredDate;
import static org.doorstep.compliance.evaluator.JsonFields.requiredInstant;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.compliance.care.Placement;
import org.doorstep.compliance.care.PlacementType;
import org.doorstep.compliance.missing.MissingEpisode;
import org.doorstep.compliance.missing.ReturnInterview;
import org.doorstep.compliance.missing.RhiOutcome;
import org.doorstep.compliance.visits.Visit;
import org.doorstep.compliance.visits.VisitLog;
import org.doorstep.compliance.visits.VisitType;
import org.doorstep.compliance.workingtogether.StrategyDiscussion;

/** Reads the {@code facts} of a case into domain values, naming the field of anything malformed. */
final class CaseFacts {
    private CaseFacts() {
    }

    static VisitLog visits(JsonNode facts) {
        List<JsonNode> items = JsonFields.list(facts, "visits", "facts", true);
        List<Visit> visits = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String p = "facts.visits[" + i + "]";
            JsonNode v = object(items.get(i), p);
            String typeCode = optionalText(v, "visitType", p);
            VisitType type = typeCode == null ? VisitType.STATUTORY : VisitType.fromCode(typeCode).orElseThrow(
                    () -> new CaseException(p + ".visitType", "unknown visit type \"" + typeCode
                            + "\" (statutory, core_group or other)"));
            visits.add(new Visit(requiredInstant(v, "at", p), requiredBoolean(v, "seen", p),
                    optionalBoolean(v, "seenAlone", p, false), optionalText(v, "notAloneReason", p), type,
                    optionalInstant(v, "recordedAt", p), optionalInstant(v, "receivedAt", p)));
        }
        return VisitLog.of(visits);
    }

    static List<Placement> placements(JsonNode facts) {
        List<JsonNode> items = JsonFields.list(facts, "placements", "facts", true);
        if (items.isEmpty()) {
            throw new CaseException("facts.placements", "at least one placement is needed");
        }
        List<Placement> placements = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String p = "facts.placements[" + i + "]";
            JsonNode n = object(items.get(i), p);
            LocalDate start = requiredDate(n, "start", p);
            if (i > 0 && !start.isAfter(placements.get(i - 1).start())) {
                throw new CaseException(p + ".start", "placements must be in start order (the last is current)");
            }
            LocalDate end = optionalDate(n, "end", p);
            if (end != null && end.isBefore(start)) {
                throw new CaseException(p + ".end", "before the placement's start");
            }
            String typeCode = optionalText(n, "placementType", p);
            PlacementType type = typeCode == null ? PlacementType.GENERAL : PlacementType.fromCode(typeCode)
                    .orElseThrow(() -> new CaseException(p + ".placementType", "unknown placement type \"" + typeCode + "\""));
            placements.add(new Placement(start, end, type, since(n, "intendedUntil18", p, start),
                    since(n, "longTermFosterPlacement", p, start), since(n, "childAgreedLessFrequentVisits", p, start),
                    optionalDate(n, "firstReviewDate", p)));
        }
        return placements;
    }

    /** A status recorded as {@code true} (since the placement start), a date (since then), or false/absent. */
    private static LocalDate since(JsonNode n, String name, String p, LocalDate start) {
        JsonNode v = optional(n, name);
        if (v == null || (v.isBoolean() && !v.asBoolean())) {
            return null;
        }
        if (v.isBoolean()) {
            return start;
        }
        if (v.isTextual()) {
            LocalDate d = JsonFields.date(v, p + "." + name);
            return d.isBefore(start) ? start : d;
        }
        throw new CaseException(p + "." + name, "must be true, false or the date it was recorded (YYYY-MM-DD)");
    }

    static MissingEpisode missingEpisode(JsonNode facts) {
        String p = "facts.missingEpisode";
        JsonNode n = JsonFields.requiredObject(facts, "missingEpisode", "facts");
        Instant start = requiredInstant(n, "start", p);
        Instant returned = requiredInstant(n, "returnedAt", p);
        if (returned.isBefore(start)) {
            throw new CaseException(p + ".returnedAt", "before " + p + ".start");
        }
        return new MissingEpisode(start, returned);
    }

    static ReturnInterview returnInterview(JsonNode facts, MissingEpisode episode) {
        String p = "facts.rhi";
        JsonNode n = optional(facts, "rhi");
        if (n == null) {
            return ReturnInterview.NONE;
        }
        object(n, p);
        Instant offered = afterReturn(n, "offeredAt", p, episode);
        Instant completed = afterReturn(n, "completedAt", p, episode);
        Instant declined = afterReturn(n, "declinedAt", p, episode);
        String code = optionalText(n, "outcome", p);
        RhiOutcome outcome = code == null ? null : RhiOutcome.fromCode(code).orElseThrow(() -> new CaseException(
                p + ".outcome", "unknown outcome \"" + code + "\" (completed, declined, not_required or null)"));
        if (outcome == RhiOutcome.COMPLETED && completed == null) {
            throw new CaseException(p + ".completedAt", "missing although the outcome is completed");
        }
        if (outcome == RhiOutcome.DECLINED && declined == null) {
            throw new CaseException(p + ".declinedAt", "missing although the outcome is declined");
        }
        return new ReturnInterview(offered, completed, declined, outcome);
    }

    private static Instant afterReturn(JsonNode n, String name, String p, MissingEpisode episode) {
        Instant at = optionalInstant(n, name, p);
        if (at != null && at.isBefore(episode.returnedAt())) {
            throw new CaseException(p + "." + name, "before facts.missingEpisode.returnedAt");
        }
        return at;
    }

    /** Strategy discussions: date-times, or objects {"at", "s47Decision"}. */
    static List<StrategyDiscussion> strategyDiscussions(JsonNode facts) {
        List<JsonNode> items = JsonFields.list(facts, "strategyDiscussions", "facts", true);
        if (items.isEmpty()) {
            throw new CaseException("facts.strategyDiscussions", "at least one strategy discussion is needed");
        }
        List<StrategyDiscussion> list = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String p = "facts.strategyDiscussions[" + i + "]";
            JsonNode n = items.get(i);
            if (n.isObject()) {
                list.add(new StrategyDiscussion(requiredInstant(n, "at", p), optionalBoolean(n, "s47Decision", p, false)));
            } else {
                list.add(new StrategyDiscussion(JsonFields.instant(n, p), false));
            }
        }
        return list;
    }

    static List<LocalDate> dates(JsonNode facts, String name, boolean required) {
        List<JsonNode> items = JsonFields.list(facts, name, "facts", required);
        List<LocalDate> dates = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            dates.add(JsonFields.date(items.get(i), "facts." + name + "[" + i + "]"));
        }
        return dates;
    }

    static JsonNode object(JsonNode n, String field) {
        if (!n.isObject()) {
            throw new CaseException(field, "must be an object");
        }
        return n;
    }
}
