package org.doorstep.mobile.visit;

import java.time.LocalDate;

/**
 * What the visit form holds, as typed: nothing here is checked yet. Also what is kept as the form's draft
 * while the person types (see {@link VisitDrafts}).
 *
 * @param childId        the child's id, chosen or typed
 * @param date           the day of the visit (null when the picker is empty)
 * @param time           the time of the visit as typed, e.g. {@code 10:15}
 * @param type           the visit's type ({@code Visit.TYPES}), null when none chosen
 * @param seen           whether the child was seen
 * @param seenAlone      whether the child was seen alone (ignored when not seen)
 * @param notAloneCode   why not alone, from {@code Visit.NOT_ALONE_CODES} (ignored unless seen and not alone)
 * @param notAloneReason why not alone, in the worker's words (ignored unless seen and not alone)
 * @param bedroomSeen    whether the child's bedroom was seen; null: not recorded
 * @param childViews     the child's views and wishes
 * @param observations   what the worker observed
 * @param actions        what the worker will do next
 * @param notes          anything else
 */
public record VisitDraft(String childId, LocalDate date, String time, String type, boolean seen, boolean seenAlone,
                         String notAloneCode, String notAloneReason, Boolean bedroomSeen, String childViews,
                         String observations, String actions, String notes) {

    /** A statutory visit with only the first form's fields. */
    public static VisitDraft basic(String childId, LocalDate date, String time, boolean seen, boolean seenAlone,
                                   String notAloneCode, String notAloneReason, String notes) {
        return new VisitDraft(childId, date, time, org.doorstep.protocol.visit.Visit.STATUTORY, seen, seenAlone,
                notAloneCode, notAloneReason, null, null, null, null, notes);
    }
}
