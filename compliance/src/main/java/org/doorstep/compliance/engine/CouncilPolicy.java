package org.doorstep.compliance.engine;

import java.util.Objects;
import org.doorstep.compliance.care.CicPolicy;
import org.doorstep.compliance.careleavers.CareLeaverPolicy;
import org.doorstep.compliance.fostering.PrivateFosteringPolicy;
import org.doorstep.compliance.missing.ReturnInterviewPolicy;
import org.doorstep.compliance.plans.PlanVisitPolicy;
import org.doorstep.compliance.workingtogether.WorkingTogetherPolicy;

/**
 * One council's (tenant's) local policy for every rule. {@link #DEFAULT} holds RULES.md's defaults; use the
 * {@code with...} methods to change one part.
 */
public record CouncilPolicy(PlanVisitPolicy childProtection, PlanVisitPolicy childInNeed, CicPolicy lookedAfter,
                            PrivateFosteringPolicy privateFostering, CareLeaverPolicy careLeavers,
                            ReturnInterviewPolicy returnInterviews, WorkingTogetherPolicy workingTogether) {
    /** RULES.md defaults: CP 10 working days, CIN 20 working days, statutory floors elsewhere, RHI 72 clock hours. */
    public static final CouncilPolicy DEFAULT = new CouncilPolicy(PlanVisitPolicy.CHILD_PROTECTION_DEFAULT,
            PlanVisitPolicy.CHILD_IN_NEED_DEFAULT, CicPolicy.STATUTORY, PrivateFosteringPolicy.STATUTORY,
            CareLeaverPolicy.STATUTORY, ReturnInterviewPolicy.DEFAULT, WorkingTogetherPolicy.DEFAULT);

    public CouncilPolicy {
        Objects.requireNonNull(childProtection, "childProtection");
        Objects.requireNonNull(childInNeed, "childInNeed");
        Objects.requireNonNull(lookedAfter, "lookedAfter");
        Objects.requireNonNull(privateFostering, "privateFostering");
        Objects.requireNonNull(careLeavers, "careLeavers");
        Objects.requireNonNull(returnInterviews, "returnInterviews");
        Objects.requireNonNull(workingTogether, "workingTogether");
    }

    public CouncilPolicy withChildProtection(PlanVisitPolicy p) {
        return new CouncilPolicy(p, childInNeed, lookedAfter, privateFostering, careLeavers, returnInterviews, workingTogether);
    }

    public CouncilPolicy withChildInNeed(PlanVisitPolicy p) {
        return new CouncilPolicy(childProtection, p, lookedAfter, privateFostering, careLeavers, returnInterviews, workingTogether);
    }

    public CouncilPolicy withLookedAfter(CicPolicy p) {
        return new CouncilPolicy(childProtection, childInNeed, p, privateFostering, careLeavers, returnInterviews, workingTogether);
    }

    public CouncilPolicy withPrivateFostering(PrivateFosteringPolicy p) {
        return new CouncilPolicy(childProtection, childInNeed, lookedAfter, p, careLeavers, returnInterviews, workingTogether);
    }

    public CouncilPolicy withCareLeavers(CareLeaverPolicy p) {
        return new CouncilPolicy(childProtection, childInNeed, lookedAfter, privateFostering, p, returnInterviews, workingTogether);
    }

    public CouncilPolicy withReturnInterviews(ReturnInterviewPolicy p) {
        return new CouncilPolicy(childProtection, childInNeed, lookedAfter, privateFostering, careLeavers, p, workingTogether);
    }

    public CouncilPolicy withWorkingTogether(WorkingTogetherPolicy p) {
        return new CouncilPolicy(childProtection, childInNeed, lookedAfter, privateFostering, careLeavers, returnInterviews, p);
    }
}
