package org.doorstep.compliance.evaluator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Stream;
import org.doorstep.compliance.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A malformed case gives an error naming the field; the message is part of the contract, so it is tested exactly. */
class MalformedCaseTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CP = "'id':'A','rule':'cp_visit','asOf':'2026-02-20T12:00:00Z',";
    private static final String VISIT = "{'at':'2026-02-04T10:00:00Z','seen':true,'seenAlone':true}";
    private static final String PLAN = "'facts':{'planStartDate':'2026-02-02','visits':[" + VISIT + "]}";
    private static final String CIC = "'id':'A','rule':'cic_visit','asOf':'2026-02-20T12:00:00Z',";
    private static final String RHI = "'id':'A','rule':'rhi','asOf':'2026-05-06T09:00:00+01:00',";
    private static final String EPISODE = "'missingEpisode':{'start':'2026-04-30T19:00:00+01:00','returnedAt':'2026-05-01T09:00:00+01:00'}";
    private static final String ALL_RULES = "cp_visit, cin_visit, cic_visit, pf_initial_visit, pf_visit_interval, "
            + "cl_pa_visit, rhi, wt_assessment, wt_icpc, wt_rcpc, wt_strategy_discussion";

    static Stream<Arguments> malformed() {
        return Stream.of(
            Arguments.of("{'id':'A','rule':'cp_visits','asOf':'2026-02-20T12:00:00Z','facts':{}}",
                "rule: unknown rule \"cp_visits\" (one of " + ALL_RULES + ")"),
            Arguments.of("{'id':'A','asOf':'2026-02-20T12:00:00Z','facts':{}}", "rule: missing"),
            Arguments.of("{'id':'A','rule':'cp_visit'," + PLAN + "}", "asOf: missing"),
            Arguments.of("{'id':'A','rule':'cp_visit','asOf':'2026-02-20'," + PLAN + "}",
                "asOf: not an ISO-8601 date-time: \"2026-02-20\""),
            Arguments.of("{" + CP + "'config':[]," + PLAN + "}", "config: must be an object"),
            Arguments.of("{" + CP + "'facts':null}", "facts: missing"),
            Arguments.of("{" + CP + "'facts':{'planStartDate':'02/02/2026','visits':[]}}",
                "facts.planStartDate: not a date YYYY-MM-DD: \"02/02/2026\""),
            Arguments.of("{" + CP + "'facts':{'visits':[]}}", "facts.planStartDate: missing"),
            Arguments.of("{" + CP + "'facts':{'planStartDate':'2026-02-02'}}", "facts.visits: missing"),
            Arguments.of("{" + CP + "'facts':{'planStartDate':'2026-02-02','visits':{}}}", "facts.visits: must be a list"),
            Arguments.of("{" + CP + "'facts':{'planStartDate':'2026-02-02','visits':[" + VISIT
                + ",{'at':'2026-02-30T10:00:00Z','seen':true}]}}",
                "facts.visits[1].at: not an ISO-8601 date-time: \"2026-02-30T10:00:00Z\""),
            Arguments.of("{" + CP + "'facts':{'planStartDate':'2026-02-02','visits':[{'at':'2026-02-04T10:00:00Z'}]}}",
                "facts.visits[0].seen: missing"),
            Arguments.of("{" + CP + "'facts':{'planStartDate':'2026-02-02','visits':[{'at':'2026-02-04T10:00:00Z','seen':'yes'}]}}",
                "facts.visits[0].seen: must be true or false"),
            Arguments.of("{" + CP + "'facts':{'planStartDate':'2026-02-02','visits':[{'at':'2026-02-04T10:00:00Z','seen':true,'visitType':'phone'}]}}",
                "facts.visits[0].visitType: unknown visit type \"phone\" (statutory, core_group or other)"),
            Arguments.of("{" + CP + "'facts':{'planStartDate':'2026-02-02','visits':[3]}}", "facts.visits[0]: must be an object"),
            Arguments.of("{" + CP + "'config':{'interval':{'value':2,'unit':'fortnights'}}," + PLAN + "}",
                "config.interval.unit: unknown unit \"fortnights\" (working_days, calendar_days, weeks, months or clock_hours)"),
            Arguments.of("{" + CP + "'config':{'interval':{'value':0,'unit':'weeks'}}," + PLAN + "}",
                "config.interval.value: must be a whole number of at least 1"),
            Arguments.of("{" + CP + "'config':{'interval':{'value':1.5,'unit':'weeks'}}," + PLAN + "}",
                "config.interval.value: must be a whole number of at least 1"),
            Arguments.of("{" + CP + "'config':{'interval':{'value':72,'unit':'clock_hours'}}," + PLAN + "}",
                "config.interval.unit: clock_hours cannot be used for cp_visit"),
            Arguments.of("{" + CP + "'config':{'intervall':{'value':10,'unit':'working_days'}}," + PLAN + "}",
                "config.intervall: not an option of cp_visit"),
            Arguments.of("{" + CP + "'config':{'interval':{'value':10,'unit':'working_days'},'window':{'value':10,'unit':'working_days'}}," + PLAN + "}",
                "config.window: give either interval or window, not both"),
            Arguments.of("{" + CP + "'config':{'countStartDayInclusive':'yes'}," + PLAN + "}",
                "config.countStartDayInclusive: must be true or false"),
            Arguments.of("{" + CIC + "'facts':{'placements':[],'visits':[]}}", "facts.placements: at least one placement is needed"),
            Arguments.of("{" + CIC + "'facts':{'placements':[{'start':'2026-02-01'},{'start':'2026-01-01'}],'visits':[]}}",
                "facts.placements[1].start: placements must be in start order (the last is current)"),
            Arguments.of("{" + CIC + "'facts':{'placements':[{'start':'2026-02-01','placementType':'boarding'}],'visits':[]}}",
                "facts.placements[0].placementType: unknown placement type \"boarding\""),
            Arguments.of("{" + CIC + "'facts':{'placements':[{'start':'2026-02-01','intendedUntil18':1}],'visits':[]}}",
                "facts.placements[0].intendedUntil18: must be true, false or the date it was recorded (YYYY-MM-DD)"),
            Arguments.of("{" + CIC + "'config':{'interval':{'value':4,'unit':'weeks'}},'facts':{'placements':[{'start':'2026-02-01'}],'visits':[]}}",
                "config.interval: not an option of cic_visit"),
            Arguments.of("{" + RHI + "'facts':{'rhi':null}}", "facts.missingEpisode: missing"),
            Arguments.of("{" + RHI + "'facts':{'missingEpisode':{'start':'2026-05-01T19:00:00+01:00','returnedAt':'2026-05-01T09:00:00+01:00'}}}",
                "facts.missingEpisode.returnedAt: before facts.missingEpisode.start"),
            Arguments.of("{" + RHI + "'facts':{" + EPISODE + ",'rhi':{'completedAt':'2026-05-01T08:00:00+01:00','outcome':'completed'}}}",
                "facts.rhi.completedAt: before facts.missingEpisode.returnedAt"),
            Arguments.of("{" + RHI + "'facts':{" + EPISODE + ",'rhi':{'outcome':'done'}}}",
                "facts.rhi.outcome: unknown outcome \"done\" (completed, declined, not_required or null)"),
            Arguments.of("{" + RHI + "'facts':{" + EPISODE + ",'rhi':{'offeredAt':'2026-05-01T10:00:00+01:00','outcome':'completed'}}}",
                "facts.rhi.completedAt: missing although the outcome is completed"),
            Arguments.of("{" + RHI + "'config':{'measure':'interview'},'facts':{" + EPISODE + "}}",
                "config.measure: unknown measure \"interview\" (offer, completed or completed_or_declined)"),
            Arguments.of("{'id':'A','rule':'wt_icpc','asOf':'2026-04-01T10:00:00Z','facts':{'strategyDiscussions':[],'icpcHeldAt':null}}",
                "facts.strategyDiscussions: at least one strategy discussion is needed"),
            Arguments.of("{'id':'A','rule':'wt_icpc','asOf':'2026-04-01T10:00:00Z','facts':{'strategyDiscussions':['2026-03-05T10:00:00Z'],'icpcHeldAt':'2026-03-04T10:00:00Z'}}",
                "facts.icpcHeldAt: before every strategy discussion"),
            Arguments.of("{'id':'A','rule':'wt_assessment','asOf':'2026-04-01T10:00:00Z','facts':{'referralReceivedAt':'2026-03-05T10:00:00Z','assessmentAuthorisedAt':'2026-03-04T10:00:00Z'}}",
                "facts.assessmentAuthorisedAt: before facts.referralReceivedAt"),
            Arguments.of("{'id':'A','rule':'wt_rcpc','asOf':'2026-04-01T10:00:00Z','facts':{'icpcDate':'2026-01-15','reviewConferences':['soon']}}",
                "facts.reviewConferences[0]: not a date YYYY-MM-DD: \"soon\""),
            Arguments.of("{'id':'A','rule':'wt_strategy_discussion','asOf':'2026-04-01T10:00:00Z','facts':{'strategyDiscussionAt':null}}",
                "facts.triggerAt: missing"),
            Arguments.of("{'id':'A','rule':'cl_pa_visit','asOf':'2026-04-01T10:00:00Z','facts':{'accommodationFirstProvidedDate':'2026-01-15','accommodationBasis':'other','visits':[]}}",
                "facts.accommodationBasis: \"other\" accommodation has no statutory visiting interval: set config.interval to the pathway plan's contact frequency"),
            Arguments.of("{'id':'A','rule':'pf_initial_visit','asOf':'2026-04-01T10:00:00Z','facts':{'visits':[]}}",
                "facts.notificationReceivedDate: missing (and no facts.laAwareDate)"),
            Arguments.of("{'rule':'cp_visit','asOf':'2026-02-20T12:00:00Z'," + PLAN + "}", "id: missing"),
            Arguments.of("7", "case: must be an object"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("malformed")
    void aMalformedCaseNamesTheField(String caseJson, String error) throws Exception {
        ObjectNode result = new CaseEvaluator(WorkingDayCalendar.englandAndWales()).evaluate(json(caseJson));
        assertEquals(error, result.path("error").asText(), result::toString);
        assertFalse(result.has("status"));
        assertEquals(2, result.size(), "only id and error: " + result);
    }

    @Test
    void aDateAtTheEndOfTimeIsAnErrorNotACrash() throws Exception {
        ObjectNode result = new CaseEvaluator(WorkingDayCalendar.englandAndWales())
                .evaluate(json("{" + CP + "'facts':{'planStartDate':'+999999999-12-20','visits':[]}}"));
        assertTrue(result.path("error").asText().startsWith("facts: a date is outside the range that can be evaluated ("),
                result::toString);
    }

    @Test
    void theOtherCasesStillEvaluate() throws Exception {
        JsonNode cases = json("[{" + CP + "'facts':{}}, {" + CP + PLAN + "}, {'id':'C','rule':'nope'}]");
        JsonNode results = EvaluateCommand.evaluateAll(cases, WorkingDayCalendar.englandAndWales()).get("results");
        assertEquals(3, results.size());
        assertTrue(results.get(0).has("error"));
        assertEquals("overdue", results.get(1).get("status").asText()); // due 18 Feb, evaluated 20 Feb
        assertEquals("C", results.get(2).get("id").asText());
        assertTrue(results.get(2).get("error").asText().startsWith("rule: unknown rule \"nope\""));
    }

    static JsonNode json(String singleQuoted) throws Exception {
        return JSON.readTree(singleQuoted.replace('\'', '"'));
    }
}
