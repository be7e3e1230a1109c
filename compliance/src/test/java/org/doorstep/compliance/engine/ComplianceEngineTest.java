package org.doorstep.compliance.engine;

import static org.doorstep.compliance.Fixtures.CALENDAR;
import static org.doorstep.compliance.Fixtures.d;
import static org.doorstep.compliance.Fixtures.noonish;
import static org.doorstep.compliance.Fixtures.seenOn;
import static org.doorstep.compliance.Fixtures.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.doorstep.compliance.missing.MissingEpisode;
import org.doorstep.compliance.missing.MissingRecord;
import org.doorstep.compliance.missing.ReturnInterview;
import org.doorstep.compliance.plans.Plan;
import org.doorstep.compliance.plans.PlanVisitPolicy;
import org.doorstep.compliance.result.Status;
import org.doorstep.compliance.time.Interval;
import org.junit.jupiter.api.Test;

class ComplianceEngineTest {
    private static ChildRecord child(Plan cp, List<MissingRecord> missing) {
        return new ChildRecord("C-1", seenOn("2026-02-16"), cp, null, List.of(), null, null, null, missing,
                t("2026-01-05T10:00:00Z"), t("2026-02-20T10:00:00Z"), d("2026-01-20"), List.of());
    }

    @Test
    void evaluatesExactlyTheRulesWhoseEpisodeIsPresent() {
        MissingRecord episode = new MissingRecord(new MissingEpisode(t("2026-02-20T20:00:00Z"), t("2026-02-21T10:00:00Z")),
                ReturnInterview.NONE);
        ChildCompliance c = ComplianceEngine.englandDefaults().evaluate(child(Plan.startingOn(d("2026-02-02")), List.of(episode)),
                noonish("2026-02-25"));
        assertEquals(Status.COMPLIANT, c.childProtectionVisits().status()); // due 2 Mar
        assertNull(c.childInNeedVisits());
        assertNull(c.lookedAfterVisits());
        assertEquals(Status.OVERDUE, c.returnInterviews().get(0).status());
        assertEquals(Status.COMPLIANT, c.assessment().status());
        assertEquals(d("2026-04-20"), c.reviewConferences().nextDueDate());
        assertEquals(Status.OVERDUE, c.worstStatus());
        assertEquals(4, c.statuses().size()); // CP visits, return interview, assessment, review conferences
    }

    @Test
    void aCouncilPolicyChangesOnlyItsRule() {
        ComplianceEngine fortnightly = new ComplianceEngine(CALENDAR,
                CouncilPolicy.DEFAULT.withChildProtection(PlanVisitPolicy.of(Interval.calendarDays(14))));
        ChildCompliance c = fortnightly.evaluate(child(Plan.startingOn(d("2026-02-02")), List.of()), noonish("2026-02-25"));
        assertEquals(d("2026-03-02"), c.childProtectionVisits().nextDueDate());
        assertEquals(Status.DUE_SOON, c.childProtectionVisits().status());
        assertEquals(Status.DUE_SOON, c.worstStatus());
    }
}
