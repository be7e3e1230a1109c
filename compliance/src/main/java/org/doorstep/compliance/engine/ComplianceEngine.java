package org.doorstep.compliance.engine;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.doorstep.compliance.calendar.WorkingDayCalendar;
import org.doorstep.compliance.care.CicVisitRule;
import org.doorstep.compliance.careleavers.PersonalAdviserVisitRule;
import org.doorstep.compliance.fostering.PrivateFosteringRules;
import org.doorstep.compliance.missing.ReturnInterviewResult;
import org.doorstep.compliance.missing.ReturnInterviewRule;
import org.doorstep.compliance.plans.PlanVisitRule;
import org.doorstep.compliance.workingtogether.WorkingTogetherRules;

/**
 * The entry point for the server and the app: every rule, built once for one council's calendar and
 * policy. Immutable and thread-safe; evaluating a child allocates only its results.
 *
 * <pre>{@code
 * ComplianceEngine engine = ComplianceEngine.englandDefaults();
 * PeriodicResult cp = engine.childProtectionVisits().evaluate(Plan.startingOn(start), visits, Instant.now());
 * ChildCompliance all = engine.evaluate(child, Instant.now());
 * }</pre>
 */
public final class ComplianceEngine {
    private final WorkingDayCalendar calendar;
    private final CouncilPolicy policy;
    private final PlanVisitRule childProtectionVisits;
    private final PlanVisitRule childInNeedVisits;
    private final CicVisitRule lookedAfterVisits;
    private final PrivateFosteringRules privateFostering;
    private final PersonalAdviserVisitRule personalAdviserVisits;
    private final ReturnInterviewRule returnInterviews;
    private final WorkingTogetherRules workingTogether;

    public ComplianceEngine(WorkingDayCalendar calendar, CouncilPolicy policy) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.childProtectionVisits = new PlanVisitRule(calendar, policy.childProtection());
        this.childInNeedVisits = new PlanVisitRule(calendar, policy.childInNeed());
        this.lookedAfterVisits = new CicVisitRule(calendar, policy.lookedAfter());
        this.privateFostering = new PrivateFosteringRules(calendar, policy.privateFostering());
        this.personalAdviserVisits = new PersonalAdviserVisitRule(calendar, policy.careLeavers());
        this.returnInterviews = new ReturnInterviewRule(calendar, policy.returnInterviews());
        this.workingTogether = new WorkingTogetherRules(calendar, policy.workingTogether());
    }

    /** The shipped England &amp; Wales calendar with RULES.md's default policy. */
    public static ComplianceEngine englandDefaults() {
        return new ComplianceEngine(WorkingDayCalendar.englandAndWales(), CouncilPolicy.DEFAULT);
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public CouncilPolicy policy() {
        return policy;
    }

    public PlanVisitRule childProtectionVisits() {
        return childProtectionVisits;
    }

    public PlanVisitRule childInNeedVisits() {
        return childInNeedVisits;
    }

    public CicVisitRule lookedAfterVisits() {
        return lookedAfterVisits;
    }

    public PrivateFosteringRules privateFostering() {
        return privateFostering;
    }

    public PersonalAdviserVisitRule personalAdviserVisits() {
        return personalAdviserVisits;
    }

    public ReturnInterviewRule returnInterviews() {
        return returnInterviews;
    }

    public WorkingTogetherRules workingTogether() {
        return workingTogether;
    }

    /**
     * Every rule that applies to {@code child}, at {@code asOf}.
     *
     * @throws IllegalArgumentException if the record is inconsistent (see each rule)
     */
    public ChildCompliance evaluate(ChildRecord child, Instant asOf) {
        var visits = child.visits();
        List<ReturnInterviewResult> rhi = child.missingEpisodes().isEmpty() ? List.of()
                : returnInterviews.evaluateAll(child.missingEpisodes(), asOf);
        return new ChildCompliance(child.childId(),
                child.childProtectionPlan() == null ? null
                        : childProtectionVisits.evaluate(child.childProtectionPlan(), visits, asOf),
                child.childInNeedPlan() == null ? null
                        : childInNeedVisits.evaluate(child.childInNeedPlan(), visits, asOf),
                child.placements().isEmpty() ? null
                        : lookedAfterVisits.evaluate(child.placements(), child.placementsEvaluateFrom(), visits, asOf),
                child.privateFostering() == null ? null
                        : privateFostering.initialVisit(child.privateFostering(), visits, asOf),
                child.privateFostering() == null ? null
                        : privateFostering.visitInterval(child.privateFostering(), visits, asOf),
                child.careLeaverAccommodation() == null ? null
                        : personalAdviserVisits.evaluate(child.careLeaverAccommodation(), visits, asOf),
                rhi,
                child.referralReceivedAt() == null ? null
                        : workingTogether.assessment(child.referralReceivedAt(), child.assessmentAuthorisedAt(), asOf),
                child.icpcDate() == null ? null
                        : workingTogether.reviewConferences(child.icpcDate(), child.reviewConferences(),
                                child.childProtectionPlan() == null ? null : child.childProtectionPlan().endDate(),
                                null, asOf));
    }
}
