package org.doorstep.compliance.engine;

import java.util.ArrayList;
import java.util.List;
import org.doorstep.compliance.missing.ReturnInterviewResult;
import org.doorstep.compliance.result.DayDeadlineResult;
import org.doorstep.compliance.result.OneOffResult;
import org.doorstep.compliance.result.PeriodicResult;
import org.doorstep.compliance.result.Status;

/**
 * Every applicable rule's result for one child. A rule that does not apply is {@code null}.
 */
public record ChildCompliance(String childId, PeriodicResult childProtectionVisits, PeriodicResult childInNeedVisits,
                              PeriodicResult lookedAfterVisits, DayDeadlineResult privateFosteringInitialVisit,
                              PeriodicResult privateFosteringVisits, PeriodicResult personalAdviserVisits,
                              List<ReturnInterviewResult> returnInterviews, OneOffResult assessment,
                              PeriodicResult reviewConferences) {
    public ChildCompliance {
        returnInterviews = List.copyOf(returnInterviews);
    }

    /** The statuses of every applicable rule. */
    public List<Status> statuses() {
        List<Status> all = new ArrayList<>();
        add(all, childProtectionVisits);
        add(all, childInNeedVisits);
        add(all, lookedAfterVisits);
        add(all, privateFosteringVisits);
        add(all, personalAdviserVisits);
        add(all, reviewConferences);
        if (privateFosteringInitialVisit != null) {
            all.add(privateFosteringInitialVisit.status());
        }
        if (assessment != null) {
            all.add(assessment.status());
        }
        for (ReturnInterviewResult r : returnInterviews) {
            all.add(r.status());
        }
        return all;
    }

    /** The most urgent status across the child's rules ({@code compliant} when none applies). */
    public Status worstStatus() {
        Status worst = Status.COMPLIANT;
        worst = worse(worst, childProtectionVisits == null ? null : childProtectionVisits.status());
        worst = worse(worst, childInNeedVisits == null ? null : childInNeedVisits.status());
        worst = worse(worst, lookedAfterVisits == null ? null : lookedAfterVisits.status());
        worst = worse(worst, privateFosteringInitialVisit == null ? null : privateFosteringInitialVisit.status());
        worst = worse(worst, privateFosteringVisits == null ? null : privateFosteringVisits.status());
        worst = worse(worst, personalAdviserVisits == null ? null : personalAdviserVisits.status());
        worst = worse(worst, assessment == null ? null : assessment.status());
        worst = worse(worst, reviewConferences == null ? null : reviewConferences.status());
        for (ReturnInterviewResult r : returnInterviews) {
            worst = worse(worst, r.status());
        }
        return worst;
    }

    private static Status worse(Status current, Status candidate) {
        return candidate != null && candidate.isWorseThan(current) ? candidate : current;
    }

    private static void add(List<Status> all, PeriodicResult r) {
        if (r != null) {
            all.add(r.status());
        }
    }
}
