package org.doorstep.compliance.evaluator;

import static org.doorstep.compliance.evaluator.JsonFields.optionalDate;
import static org.doorstep.compliance.evaluator.JsonFields.optionalInstant;
import static org.doorstep.compliance.evaluator.JsonFields.requiredDate;
import static org.doorstep.compliance.evaluator.JsonFields.requiredInstant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import org.doorstep.compliance.calendar.WorkingDayCalendar;
import org.doorstep.compliance.care.CicPolicy;
import org.doorstep.compliance.care.CicVisitRule;
import org.doorstep.compliance.care.WeeklyVisits;
import org.doorstep.compliance.careleavers.AccommodationBasis;
import org.doorstep.compliance.careleavers.CareLeaverAccommodation;
import org.doorstep.compliance.careleavers.CareLeaverPolicy;
import org.doorstep.compliance.careleavers.PersonalAdviserVisitRule;
import org.doorstep.compliance.engine.RuleId;
import org.doorstep.compliance.fostering.PrivateFosteringArrangement;
import org.doorstep.compliance.fostering.PrivateFosteringPolicy;
import org.doorstep.compliance.fostering.PrivateFosteringRules;
import org.doorstep.compliance.missing.MissingEpisode;
import org.doorstep.compliance.missing.RepeatEpisodePolicy;
import org.doorstep.compliance.missing.ReturnInterviewPolicy;
import org.doorstep.compliance.missing.ReturnInterviewRule;
import org.doorstep.compliance.missing.RhiMeasure;
import org.doorstep.compliance.plans.Plan;
import org.doorstep.compliance.plans.PlanVisitPolicy;
import org.doorstep.compliance.plans.PlanVisitRule;
import org.doorstep.compliance.time.DayCounting;
import org.doorstep.compliance.time.DueSoonThresholds;
import org.doorstep.compliance.time.Interval;
import org.doorstep.compliance.visits.VisitLog;
import org.doorstep.compliance.workingtogether.IcpcCountFrom;
import org.doorstep.compliance.workingtogether.WorkingTogetherPolicy;
import org.doorstep.compliance.workingtogether.WorkingTogetherRules;

/** Evaluates one case of the evaluator format (EVALUATOR.md) into its result object, or an error naming the field. */
public final class CaseEvaluator {
    private static final String RULES = Arrays.stream(RuleId.values()).map(RuleId::code).collect(Collectors.joining(", "));

    private final WorkingDayCalendar calendar;

    public CaseEvaluator(WorkingDayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** The result of one case: {@code {"id", "status", ...}} or {@code {"id", "error"}}. */
    public ObjectNode evaluate(JsonNode c) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        JsonNode id = c.isObject() ? JsonFields.optional(c, "id") : null;
        out.put("id", id == null ? null : id.asText());
        try {
            if (!c.isObject()) {
                throw new CaseException("case", "must be an object");
            }
            if (id == null || !(id.isTextual() || id.isNumber())) {
                throw new CaseException("id", id == null ? "missing" : "must be a string");
            }
            String ruleCode = JsonFields.optionalText(c, "rule", "");
            if (ruleCode == null) {
                throw new CaseException("rule", "missing");
            }
            RuleId rule = RuleId.fromCode(ruleCode).orElseThrow(
                    () -> new CaseException("rule", "unknown rule \"" + ruleCode + "\" (one of " + RULES + ")"));
            Instant asOf = requiredInstant(c, "asOf", "");
            JsonNode configNode = JsonFields.optional(c, "config");
            if (configNode != null && !configNode.isObject()) {
                throw new CaseException("config", "must be an object");
            }
            JsonNode facts = JsonFields.requiredObject(c, "facts", "");
            CaseConfig config = new CaseConfig(configNode, ruleCode);
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            run(rule, facts, config, asOf, body);
            out.setAll(body);
        } catch (CaseException | IllegalArgumentException e) {
            return error(id, e.getMessage());
        } catch (DateTimeException | ArithmeticException e) {
            return error(id, "facts: a date is outside the range that can be evaluated (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            // One case must never stop the others; this is a bug to report, not a data problem.
            return error(id, "case could not be evaluated: " + e);
        }
        return out;
    }

    private static ObjectNode error(JsonNode id, String message) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("id", id == null ? null : id.asText());
        out.put("error", message);
        return out;
    }

    private void run(RuleId rule, JsonNode facts, CaseConfig config, Instant asOf, ObjectNode out) {
        switch (rule) {
            case CP_VISIT:
            case CIN_VISIT:
                plan(rule, facts, config, asOf, out);
                break;
            case CIC_VISIT:
                lookedAfter(facts, config, asOf, out);
                break;
            case PF_INITIAL_VISIT:
            case PF_VISIT_INTERVAL:
                privateFostering(rule, facts, config, asOf, out);
                break;
            case CL_PA_VISIT:
                careLeaver(facts, config, asOf, out);
                break;
            case RHI:
                returnInterview(facts, config, asOf, out);
                break;
            default:
                workingTogether(rule, facts, config, asOf, out);
        }
    }

    private void plan(RuleId rule, JsonNode facts, CaseConfig config, Instant asOf, ObjectNode out) {
        PlanVisitPolicy dflt = rule == RuleId.CP_VISIT ? PlanVisitPolicy.CHILD_PROTECTION_DEFAULT
                : PlanVisitPolicy.CHILD_IN_NEED_DEFAULT;
        PlanVisitPolicy policy = new PlanVisitPolicy(config.interval(dflt.interval(), false, "interval", "window"),
                config.counting(), seenAlone(config), config.dueSoon());
        config.rejectUnread();
        LocalDate start = requiredDate(facts, "planStartDate", "facts");
        LocalDate end = optionalDate(facts, "planEndDate", "facts");
        if (end != null && end.isBefore(start)) {
            throw new CaseException("facts.planEndDate", "before facts.planStartDate");
        }
        Plan plan = new Plan(start, end, optionalDate(facts, "evaluateFrom", "facts"));
        ResultJson.periodic(out, new PlanVisitRule(calendar, policy).evaluate(plan, CaseFacts.visits(facts), asOf), true);
    }

    private void lookedAfter(JsonNode facts, CaseConfig config, Instant asOf, ObjectNode out) {
        CicPolicy s = CicPolicy.STATUTORY;
        String weekly = config.text("weeklyVisits");
        if (weekly != null && !weekly.equals("rolling_7_days") && !weekly.equals("calendar_week")) {
            throw new CaseException("config.weeklyVisits", "must be rolling_7_days or calendar_week");
        }
        CicPolicy policy = new CicPolicy(config.interval(s.intendedUntil18Interval(), false, "intendedUntil18Interval"),
                config.interval(s.longTermFosterInterval(), false, "longTermFosterInterval"),
                "calendar_week".equals(weekly) ? WeeklyVisits.CALENDAR_WEEK : WeeklyVisits.ROLLING_SEVEN_DAYS,
                config.interval(null, false, "localInterval"), seenAlone(config), config.counting(), config.dueSoon());
        config.rejectUnread();
        CicVisitRule rule = new CicVisitRule(calendar, policy);
        ResultJson.periodic(out, rule.evaluate(CaseFacts.placements(facts), optionalDate(facts, "evaluateFrom", "facts"),
                CaseFacts.visits(facts), asOf), true);
    }

    private void privateFostering(RuleId rule, JsonNode facts, CaseConfig config, Instant asOf, ObjectNode out) {
        PrivateFosteringPolicy s = PrivateFosteringPolicy.STATUTORY;
        Interval window = s.initialVisitWindow();
        Interval yearOne = s.yearOneInterval();
        Interval later = s.laterInterval();
        if (rule == RuleId.PF_INITIAL_VISIT) {
            window = config.interval(window, false, "window", "interval");
        } else {
            yearOne = config.interval(yearOne, false, "yearOneInterval");
            later = config.interval(later, false, "laterInterval");
        }
        PrivateFosteringPolicy policy = new PrivateFosteringPolicy(window, yearOne, later, seenAlone(config),
                config.counting(), config.dueSoon());
        config.rejectUnread();
        LocalDate notified = optionalDate(facts, "notificationReceivedDate", "facts");
        LocalDate aware = optionalDate(facts, "laAwareDate", "facts");
        if (notified == null && aware == null) {
            throw new CaseException("facts.notificationReceivedDate", "missing (and no facts.laAwareDate)");
        }
        PrivateFosteringArrangement arrangement = new PrivateFosteringArrangement(notified, aware,
                optionalDate(facts, "arrangementEndDate", "facts"), optionalDate(facts, "evaluateFrom", "facts"));
        PrivateFosteringRules rules = new PrivateFosteringRules(calendar, policy);
        VisitLog visits = CaseFacts.visits(facts);
        if (rule == RuleId.PF_INITIAL_VISIT) {
            ResultJson.oneOff(out, rules.initialVisit(arrangement, visits, asOf), true);
        } else {
            ResultJson.periodic(out, rules.visitInterval(arrangement, visits, asOf), true);
        }
    }

    private void careLeaver(JsonNode facts, CaseConfig config, Instant asOf, ObjectNode out) {
        String basisCode = JsonFields.optionalText(facts, "accommodationBasis", "facts");
        if (basisCode == null) {
            throw new CaseException("facts.accommodationBasis", "missing (s23B, s24B or other)");
        }
        AccommodationBasis basis = "s23B".equals(basisCode) ? AccommodationBasis.S23B
                : "s24B".equals(basisCode) ? AccommodationBasis.S24B : AccommodationBasis.OTHER;
        CareLeaverPolicy s = CareLeaverPolicy.STATUTORY;
        Interval interval = config.interval(null, false, "interval", "window");
        if (basis == AccommodationBasis.OTHER && interval == null) {
            throw new CaseException("facts.accommodationBasis", "\"" + basisCode + "\" accommodation has no statutory "
                    + "visiting interval: set config.interval to the pathway plan's contact frequency");
        }
        CareLeaverPolicy policy = new CareLeaverPolicy(config.interval(s.firstVisitWindow(), false, "firstVisitWindow"),
                interval != null ? interval : s.interval(), interval, seenAlone(config), config.counting(),
                config.dueSoon());
        config.rejectUnread();
        CareLeaverAccommodation accommodation = new CareLeaverAccommodation(
                requiredDate(facts, "accommodationFirstProvidedDate", "facts"), basis,
                CaseFacts.dates(facts, "pathwayPlanReviewDates", false), optionalDate(facts, "accommodationEndDate", "facts"),
                optionalDate(facts, "evaluateFrom", "facts"));
        ResultJson.periodic(out, new PersonalAdviserVisitRule(calendar, policy).evaluate(accommodation,
                CaseFacts.visits(facts), asOf), true);
    }

    private void returnInterview(JsonNode facts, CaseConfig config, Instant asOf, ObjectNode out) {
        ReturnInterviewPolicy d = ReturnInterviewPolicy.DEFAULT;
        Interval window = config.interval(d.window(), true, "window", "interval");
        String measureCode = config.text("measure");
        String rhiMeasure = config.text("rhiMeasure");
        if (measureCode != null && rhiMeasure != null) {
            throw new CaseException("config.rhiMeasure", "give either measure or rhiMeasure, not both");
        }
        String m = measureCode != null ? measureCode : rhiMeasure;
        String mField = measureCode != null ? "config.measure" : "config.rhiMeasure";
        RhiMeasure measure = m == null ? d.measure() : RhiMeasure.fromCode(m).orElseThrow(() -> new CaseException(
                mField, "unknown measure \"" + m + "\" (offer, completed or completed_or_declined)"));
        String repeat = config.text("repeatEpisodePolicy");
        RepeatEpisodePolicy repeatPolicy = repeat == null ? d.repeatEpisodes() : RepeatEpisodePolicy.fromCode(repeat)
                .orElseThrow(() -> new CaseException("config.repeatEpisodePolicy",
                        "unknown policy \"" + repeat + "\" (each_episode or combine_if_missing_again_before_deadline)"));
        ReturnInterviewPolicy policy = new ReturnInterviewPolicy(window, measure, repeatPolicy, config.counting(),
                config.dueSoon());
        config.rejectUnread();
        MissingEpisode episode = CaseFacts.missingEpisode(facts);
        ResultJson.returnInterview(out, new ReturnInterviewRule(calendar, policy)
                .evaluate(episode, CaseFacts.returnInterview(facts, episode), asOf));
    }

    private void workingTogether(RuleId rule, JsonNode facts, CaseConfig config, Instant asOf, ObjectNode out) {
        WorkingTogetherPolicy d = WorkingTogetherPolicy.DEFAULT;
        Interval assessment = d.assessmentWindow();
        Interval icpc = d.icpcWindow();
        IcpcCountFrom countFrom = d.icpcCountFrom();
        Interval firstReview = d.firstReview();
        Interval reviews = d.reviewInterval();
        Interval strategy = d.strategyDiscussionWindow();
        switch (rule) {
            case WT_ASSESSMENT:
                assessment = config.interval(assessment, true, "window", "interval");
                break;
            case WT_ICPC:
                icpc = config.interval(icpc, true, "window", "interval");
                String from = config.text("countFrom");
                if (from != null) {
                    countFrom = IcpcCountFrom.fromCode(from).orElseThrow(() -> new CaseException("config.countFrom",
                            "must be last_strategy_discussion or s47_decision"));
                }
                break;
            case WT_RCPC:
                firstReview = config.interval(firstReview, false, "firstReview");
                reviews = config.interval(reviews, false, "interval", "window");
                break;
            default:
                strategy = config.interval(strategy, true, "window", "interval");
        }
        DayCounting counting = config.counting();
        DueSoonThresholds dueSoon = config.dueSoon();
        config.rejectUnread();
        WorkingTogetherRules rules = new WorkingTogetherRules(calendar, new WorkingTogetherPolicy(assessment, icpc,
                countFrom, firstReview, reviews, strategy, counting, dueSoon));
        switch (rule) {
            case WT_ASSESSMENT: {
                Instant referral = requiredInstant(facts, "referralReceivedAt", "facts");
                Instant done = notBefore(facts, "assessmentAuthorisedAt", referral, "facts.referralReceivedAt");
                ResultJson.oneOff(out, rules.assessment(referral, done, asOf), false);
                break;
            }
            case WT_ICPC: {
                var discussions = CaseFacts.strategyDiscussions(facts);
                Instant held = optionalInstant(facts, "icpcHeldAt", "facts");
                if (held != null && discussions.stream().noneMatch(s -> !s.at().isAfter(held))) {
                    throw new CaseException("facts.icpcHeldAt", "before every strategy discussion");
                }
                ResultJson.oneOff(out, rules.icpc(discussions, held, asOf), false);
                break;
            }
            case WT_RCPC:
                ResultJson.periodic(out, rules.reviewConferences(requiredDate(facts, "icpcDate", "facts"),
                        CaseFacts.dates(facts, "reviewConferences", true), optionalDate(facts, "planEndDate", "facts"),
                        optionalDate(facts, "evaluateFrom", "facts"), asOf), false);
                break;
            default: {
                Instant trigger = requiredInstant(facts, "triggerAt", "facts");
                Instant held = notBefore(facts, "strategyDiscussionAt", trigger, "facts.triggerAt");
                ResultJson.oneOff(out, rules.strategyDiscussion(trigger, held, asOf), false);
            }
        }
    }

    private static Instant notBefore(JsonNode facts, String name, Instant start, String startField) {
        Instant at = optionalInstant(facts, name, "facts");
        if (at != null && at.isBefore(start)) {
            throw new CaseException("facts." + name, "before " + startField);
        }
        return at;
    }

    private static boolean seenAlone(CaseConfig config) {
        return config.bool("requireSeenAloneForFrequency", false);
    }
}
