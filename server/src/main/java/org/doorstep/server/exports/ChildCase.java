package org.doorstep.server.exports;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One child of a team with everything the Annex A lists read about them, as stored on the "as at" day:
 * episodes that had started by then (cut short by the case's closure), visits in which the child was seen,
 * and missing episodes with their return interviews, none later than the day.
 *
 * @param id          the child's id (Annex A "Child Unique ID")
 * @param dateOfBirth the date of birth
 * @param teamName    the allocated team's name
 * @param workerName  the allocated worker's name, or null when unallocated
 * @param cinPlans    child in need plans, oldest first
 * @param cpPlans     child protection plans, oldest first
 * @param placements  placements, oldest first, each ended at the latest by the next one's start
 * @param visits      visits (latest versions) in which the child was seen, oldest first
 * @param missing     missing episodes (latest versions), oldest first
 */
record ChildCase(String id, LocalDate dateOfBirth, String teamName, @Nullable String workerName, List<Span> cinPlans,
                 List<Span> cpPlans, List<Span> placements, List<SeenVisit> visits, List<Missing> missing) {

    /**
     * A visit in which the child was seen.
     *
     * @param at        when it happened
     * @param day       its London date
     * @param statutory whether it was a statutory visit (not a core group or other contact)
     * @param seenAlone whether the child was seen alone; null when not recorded
     */
    record SeenVisit(Instant at, LocalDate day, boolean statutory, @Nullable Boolean seenAlone) {
    }

    /**
     * A missing episode and the return interviews recorded for it.
     *
     * @param wentMissingAt when the child went missing
     * @param day           its London date
     * @param returnedAt    when the child returned or was found, or null (still missing on the day)
     * @param interviews    the return interviews for this episode (latest versions)
     */
    record Missing(Instant wentMissingAt, LocalDate day, @Nullable Instant returnedAt, List<Interview> interviews) {
    }

    /**
     * A return interview as it stood on the "as at" day: times after the day are read as not yet happened.
     *
     * @param offered   it had been offered (or held, which implies an offer)
     * @param completed the child took part
     * @param declined  the child declined
     * @param notNeeded a manager decided none was needed
     */
    record Interview(boolean offered, boolean completed, boolean declined, boolean notNeeded) {
    }
}
