package org.doorstep.server.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.time.LocalDate;
import org.doorstep.compliance.calendar.WorkingDayCalendar;
import org.doorstep.compliance.engine.ComplianceEngine;
import org.doorstep.compliance.engine.CouncilPolicy;
import org.doorstep.compliance.plans.Plan;
import org.doorstep.compliance.visits.Visit;
import org.doorstep.compliance.visits.VisitLog;
import org.doorstep.protocol.policy.LocalPolicy;
import org.doorstep.protocol.policy.PolicyMapping;
import org.doorstep.protocol.pull.PolicyChange;
import org.doorstep.server.ServerTest;
import org.junit.jupiter.api.Test;

/** The council's local policy: defaults, validated saves as new versions, and its way to devices. */
@MicronautTest(transactional = false)
class PolicyTest extends ServerTest {
    private static final String FOUR_WEEKLY_CP = """
            {"childProtection": {"interval": 4, "unit": "weeks", "countStartDayInclusive": false,
                                 "rollCalendarDeadlineToNextWorkingDay": false, "requireSeenAloneForFrequency": false},
             "childInNeed": {"interval": 20, "unit": "working_days", "countStartDayInclusive": true,
                             "rollCalendarDeadlineToNextWorkingDay": false, "requireSeenAloneForFrequency": false},
             "returnInterviews": {"window": 3, "unit": "working_days", "measure": "offer", "repeatEpisodes": "each_episode"},
             "dueSoon": {"calendarDays": 5, "workingDays": 2, "clockHours": 12}}""";

    private Reply put(String body) {
        return asAdmin(HttpRequest.PUT("/api/admin/policy", body).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    private String pullCursor() {
        String cursor = null;
        Reply reply;
        do {
            reply = get("/api/sync/v1/pull?protocolVersion=1&deviceId=device-test&limit=500" + (cursor == null ? "" : "&after=" + cursor));
            cursor = reply.text("/nextCursor");
        } while (reply.body().get("hasMore").asBoolean());
        return cursor;
    }

    @Test
    void withNothingSavedTheRulesDefaultsAreInForceAndMatchTheEngines() throws Exception {
        Reply reply = adminGet("/api/admin/policy");

        assertEquals(200, reply.status());
        assertEquals(LocalPolicy.DEFAULTS, JSON.treeToValue(reply.body(), LocalPolicy.class));
        assertEquals(CouncilPolicy.DEFAULT, PolicyMapping.toCouncilPolicy(LocalPolicy.DEFAULTS));
        assertEquals(LocalPolicy.DEFAULTS, PolicyMapping.fromCouncilPolicy(CouncilPolicy.DEFAULT, 0));
    }

    @Test
    void anInvalidDocumentIsRefusedByFieldAndChangesNothing() {
        int before = adminGet("/api/admin/policy").body().get("version").asInt();

        Reply zero = put(FOUR_WEEKLY_CP.replace("\"interval\": 4", "\"interval\": 0"));
        Reply measure = put(FOUR_WEEKLY_CP.replace("\"measure\": \"offer\"", "\"measure\": \"sometimes\""));
        Reply wrongType = put(FOUR_WEEKLY_CP.replace("\"interval\": 4", "\"interval\": \"four\""));
        Reply notJson = put("{");

        assertEquals(400, zero.status());
        assertEquals("childProtection.interval", zero.text("/field"));
        assertEquals("returnInterviews.measure", measure.text("/field"));
        assertTrue(measure.text("/message").contains("'sometimes'"), measure.text("/message"));
        assertEquals("childProtection.interval", wrongType.text("/field"));
        assertEquals("malformed_request", notJson.text("/code"));
        assertEquals(before, adminGet("/api/admin/policy").body().get("version").asInt());
    }

    @Test
    void aSavedVersionReachesDevicesAndChangesTheDueDates() throws Exception {
        String cursor = pullCursor();

        Reply saved = put(FOUR_WEEKLY_CP);
        Reply next = get("/api/sync/v1/pull?protocolVersion=1&deviceId=device-test&after=" + cursor);

        assertEquals(200, saved.status(), saved.body().toString());
        int version = saved.body().get("version").asInt();
        assertTrue(version >= 1);
        assertEquals(version, adminGet("/api/admin/policy").body().get("version").asInt());
        assertEquals(1, next.body().get("changes").size(), next.body().toString());
        PolicyChange change = (PolicyChange) JSON.treeToValue(next.body().at("/changes/0"), org.doorstep.protocol.pull.Change.class);
        assertEquals(version, change.policy().version());
        assertTrue(adminGet("/api/admin/audit?limit=10").body().get("events").findValuesAsText("subject").contains("policy v" + version));

        ComplianceEngine local = new ComplianceEngine(WorkingDayCalendar.englandAndWales(), PolicyMapping.toCouncilPolicy(change.policy()));
        ComplianceEngine defaults = ComplianceEngine.englandDefaults();
        Plan plan = Plan.startingOn(LocalDate.parse("2026-03-02"));
        VisitLog visits = VisitLog.of(java.util.List.of(Visit.seenAlone(Instant.parse("2026-03-04T10:00:00Z"))));
        Instant asOf = Instant.parse("2026-03-05T12:00:00Z");
        LocalDate byDefault = defaults.childProtectionVisits().evaluate(plan, visits, asOf).nextDueDate();
        LocalDate byCouncil = local.childProtectionVisits().evaluate(plan, visits, asOf).nextDueDate();
        assertEquals(LocalDate.parse("2026-03-18"), byDefault, "10 working days after Wednesday 4 March");
        assertEquals(LocalDate.parse("2026-04-01"), byCouncil, "4 weeks after 4 March");
        assertNotEquals(byDefault, byCouncil);
    }
}
