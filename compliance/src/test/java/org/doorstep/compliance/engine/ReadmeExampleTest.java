package org.doorstep.compliance.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.doorstep.compliance.plans.Plan;
import org.doorstep.compliance.result.Flag;
import org.doorstep.compliance.result.PeriodicResult;
import org.doorstep.compliance.result.Status;
import org.doorstep.compliance.visits.Visit;
import org.doorstep.compliance.visits.VisitLog;
import org.junit.jupiter.api.Test;

/** The Java example in compliance/README.md, kept true. */
class ReadmeExampleTest {
    @Test
    void theReadmeExampleGivesWhatTheReadmeSays() {
        ComplianceEngine engine = ComplianceEngine.englandDefaults();
        VisitLog visits = VisitLog.of(List.of(
                Visit.statutory(Instant.parse("2026-02-04T10:00:00Z"), true, true, null),
                Visit.statutory(Instant.parse("2026-02-16T15:30:00Z"), true, false, null)));
        PeriodicResult cp = engine.childProtectionVisits()
                .evaluate(Plan.startingOn(LocalDate.parse("2026-02-02")), visits, Instant.parse("2026-02-20T12:00:00Z"));
        assertEquals(Status.COMPLIANT, cp.status());
        assertEquals(LocalDate.parse("2026-03-02"), cp.nextDueDate());
        assertEquals(6, cp.workingDaysRemaining());
        assertEquals(List.of(Flag.SEEN_ALONE_REASON_MISSING), cp.flags());
    }
}
