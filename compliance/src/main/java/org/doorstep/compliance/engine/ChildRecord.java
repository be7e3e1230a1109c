package org.doorstep.compliance.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.doorstep.compliance.care.Placement;
import org.doorstep.compliance.careleavers.CareLeaverAccommodation;
import org.doorstep.compliance.fostering.PrivateFosteringArrangement;
import org.doorstep.compliance.missing.MissingRecord;
import org.doorstep.compliance.plans.Plan;
import org.doorstep.compliance.visits.VisitLog;

/**
 * Everything the rules need about one child. Episodes that do not apply are {@code null} (or empty lists);
 * the engine evaluates exactly the rules whose episode is present.
 *
 * @param childId                  the child's id, echoed in results
 * @param visits                   all the child's visits; each rule reads the part within its episode
 * @param childProtectionPlan      CP plan, or null
 * @param childInNeedPlan          CIN plan, or null
 * @param placements               looked-after placements in start order; empty if not looked after
 * @param placementsEvaluateFrom   C14 for the placements; may be null
 * @param privateFostering         private fostering arrangement, or null
 * @param careLeaverAccommodation  care leaver accommodation under s.23B / s.24B (or other), or null
 * @param missingEpisodes          missing episodes with their return interviews, in start order
 * @param referralReceivedAt       the point of referral of the current assessment, or null
 * @param assessmentAuthorisedAt   when that assessment was authorised, or null
 * @param icpcDate                 the initial child protection conference, or null
 * @param reviewConferences        child protection review conference dates
 */
public record ChildRecord(String childId, VisitLog visits, Plan childProtectionPlan, Plan childInNeedPlan,
                          List<Placement> placements, LocalDate placementsEvaluateFrom,
                          PrivateFosteringArrangement privateFostering, CareLeaverAccommodation careLeaverAccommodation,
                          List<MissingRecord> missingEpisodes, Instant referralReceivedAt,
                          Instant assessmentAuthorisedAt, LocalDate icpcDate, List<LocalDate> reviewConferences) {
    public ChildRecord {
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(visits, "visits");
        placements = List.copyOf(placements);
        missingEpisodes = List.copyOf(missingEpisodes);
        reviewConferences = List.copyOf(reviewConferences);
    }

    /** This child with one more visit (the visit log is copied, the rest shared). */
    public ChildRecord withVisits(VisitLog newVisits) {
        return new ChildRecord(childId, newVisits, childProtectionPlan, childInNeedPlan, placements,
                placementsEvaluateFrom, privateFostering, careLeaverAccommodation, missingEpisodes, referralReceivedAt,
                assessmentAuthorisedAt, icpcDate, reviewConferences);
    }
}
