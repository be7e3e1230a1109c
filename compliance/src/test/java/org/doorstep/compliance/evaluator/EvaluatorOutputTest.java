package org.doorstep.compliance.evaluator;

import static org.doorstep.compliance.evaluator.MalformedCaseTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.doorstep.compliance.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/** The fields each kind of result prints (EVALUATOR.md output table), compared whole. */
class EvaluatorOutputTest {
    private static ObjectNode eval(String singleQuotedCase) throws Exception {
        return new CaseEvaluator(WorkingDayCalendar.englandAndWales()).evaluate(json(singleQuotedCase));
    }

    private static void assertJson(String singleQuotedExpected, ObjectNode actual) throws Exception {
        assertEquals(json(singleQuotedExpected), actual);
    }

    @Test
    void overdueWorkingDayRuleReportsBothCountsAndFlags() throws Exception {
        assertJson("{'id':'W','status':'overdue','nextDueDate':'2026-02-16','daysOverdue':7,'workingDaysOverdue':5,"
                + "'breaches':[],'flags':['visit_child_not_seen']}",
            eval("{'id':'W','rule':'cp_visit','asOf':'2026-02-23T12:00:00Z','facts':{'planStartDate':'2026-02-02',"
                + "'visits':[{'at':'2026-02-10T10:00:00Z','seen':false,'seenAlone':false,'notAloneReason':null}]}}"));
    }

    @Test
    void aBreachThatNoVisitMetPrintsMetOnNull() throws Exception {
        assertJson("{'id':'M','status':'compliant','nextDueDate':'2025-10-15','daysRemaining':35,"
                + "'breaches':[{'from':'2025-07-01','due':'2025-08-12','metOn':null}],'flags':[]}",
            eval("{'id':'M','rule':'cic_visit','asOf':'2025-09-10T12:00:00+01:00','facts':{'placements':["
                + "{'start':'2025-06-02','intendedUntil18':false},{'start':'2025-09-01'}],'visits':["
                + "{'at':'2025-06-05T10:00:00+01:00','seen':true,'seenAlone':true},"
                + "{'at':'2025-07-01T10:00:00+01:00','seen':true,'seenAlone':true},"
                + "{'at':'2025-09-03T10:00:00+01:00','seen':true,'seenAlone':true}]}}"));
    }

    @Test
    void aLateOneOffWorkingDayRuleReportsCompletedOnAndBothLateCounts() throws Exception {
        assertJson("{'id':'P','status':'late','deadline':'2026-04-10','completedOn':'2026-04-14','lateByDays':4,"
                + "'lateByWorkingDays':2,'flags':[]}",
            eval("{'id':'P','rule':'pf_initial_visit','asOf':'2026-04-20T10:00:00+01:00','facts':{"
                + "'notificationReceivedDate':'2026-03-30','laAwareDate':'2026-03-30','visits':["
                + "{'at':'2026-04-14T10:00:00+01:00','seen':true,'seenAlone':true}]}}"));
    }

    @Test
    void anOverdueClockRulePrintsOverdueByAndNotRequiredPrintsTheOutcome() throws Exception {
        assertJson("{'id':'S','status':'overdue','deadline':'2026-10-25T19:00:00+00:00','overdueBy':'PT1H'}",
            eval("{'id':'S','rule':'wt_strategy_discussion','asOf':'2026-10-25T20:00:00Z','facts':{"
                + "'triggerAt':'2026-10-24T20:00:00+01:00','strategyDiscussionAt':null}}"));
        assertJson("{'id':'N','status':'compliant','deadline':'2026-05-04T09:00:00+01:00','offeredWithin72h':false,"
                + "'completedWithin72h':false,'outcome':'not_required'}",
            eval("{'id':'N','rule':'rhi','asOf':'2026-05-06T09:00:00+01:00','facts':{'missingEpisode':{"
                + "'start':'2026-04-30T19:00:00+01:00','returnedAt':'2026-05-01T09:00:00+01:00'},"
                + "'rhi':{'offeredAt':null,'completedAt':null,'outcome':'not_required'}}}"));
    }

    @Test
    void aLateInterviewPrintsLateByAndAWorkingDayWindowPrintsDates() throws Exception {
        assertJson("{'id':'L','status':'late','deadline':'2026-05-04T09:00:00+01:00','offeredWithin72h':true,"
                + "'completedWithin72h':false,'lateBy':'PT26H30M'}",
            eval("{'id':'L','rule':'rhi','asOf':'2026-05-06T09:00:00+01:00','facts':{'missingEpisode':{"
                + "'start':'2026-04-30T19:00:00+01:00','returnedAt':'2026-05-01T09:00:00+01:00'},"
                + "'rhi':{'offeredAt':'2026-05-02T10:00:00+01:00','completedAt':'2026-05-05T11:30:00+01:00','outcome':'completed'}}}"));
        assertJson("{'id':'D','status':'late','deadline':'2026-04-09','completedOn':'2026-04-10','offeredWithin72h':true,"
                + "'completedWithin72h':false,'lateByDays':1,'lateByWorkingDays':1}",
            eval("{'id':'D','rule':'rhi','asOf':'2026-04-20T10:00:00+01:00','config':{'window':{'value':3,'unit':'working_days'}},"
                + "'facts':{'missingEpisode':{'start':'2026-04-01T20:00:00+01:00','returnedAt':'2026-04-02T16:00:00+01:00'},"
                + "'rhi':{'offeredAt':'2026-04-07T10:00:00+01:00','completedAt':'2026-04-10T10:00:00+01:00','outcome':'completed'}}}"));
    }

    @Test
    void reviewConferencesHaveNoFlagsAndAnOverdueAssessmentCountsWorkingDays() throws Exception {
        assertJson("{'id':'R','status':'compliant','nextDueDate':'2026-10-10','daysRemaining':39,'breaches':[]}",
            eval("{'id':'R','rule':'wt_rcpc','asOf':'2026-09-01T10:00:00+01:00','facts':{'icpcDate':'2026-01-15',"
                + "'reviewConferences':['2026-04-10']}}"));
        assertJson("{'id':'A','status':'overdue','deadline':'2026-05-07','daysOverdue':5,'workingDaysOverdue':3}",
            eval("{'id':'A','rule':'wt_assessment','asOf':'2026-05-12T09:00:00+01:00','facts':{"
                + "'referralReceivedAt':'2026-03-02T11:00:00+00:00','assessmentAuthorisedAt':null}}"));
    }

    @Test
    void localPolicyOptionsAreRead() throws Exception {
        // Inclusive counting: from and including Wed 4 Feb the 10th working day is Tue 17 Feb (met on the 16th);
        // from and including Mon 16 Feb it is Fri 27 Feb.
        assertJson("{'id':'I','status':'compliant','nextDueDate':'2026-02-27','workingDaysRemaining':8,'breaches':[],'flags':[]}",
            eval("{'id':'I','rule':'cp_visit','asOf':'2026-02-17T10:00:00Z','config':{'countStartDayInclusive':true},"
                + "'facts':{'planStartDate':'2026-02-04','visits':[{'at':'2026-02-16T10:00:00Z','seen':true,'seenAlone':true}]}}"));
        // A stricter CIC setting keeps six-weekly visits after year one.
        assertJson("{'id':'C','status':'compliant','nextDueDate':'2026-04-27','daysRemaining':41,'breaches':[],'flags':[]}",
            eval("{'id':'C','rule':'cic_visit','asOf':'2026-03-17T10:00:00Z',"
                + "'config':{'intendedUntil18Interval':{'value':42,'unit':'calendar_days'}},"
                + "'facts':{'evaluateFrom':'2026-03-01','placements':[{'start':'2025-03-10','intendedUntil18':true}],"
                + "'visits':[{'at':'2026-03-16T10:00:00Z','seen':true,'seenAlone':true}]}}"));
        // The offer measure, spelled as in the examples' note.
        assertJson("{'id':'O','status':'compliant','deadline':'2026-05-04T09:00:00+01:00','offeredWithin72h':true,"
                + "'completedWithin72h':false}",
            eval("{'id':'O','rule':'rhi','asOf':'2026-05-06T09:00:00+01:00','config':{'rhiMeasure':'offer'},"
                + "'facts':{'missingEpisode':{'start':'2026-04-30T19:00:00+01:00','returnedAt':'2026-05-01T09:00:00+01:00'},"
                + "'rhi':{'offeredAt':'2026-05-02T10:00:00+01:00','completedAt':null,'outcome':null}}}"));
    }
}
