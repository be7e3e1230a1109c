package org.doorstep.mobile.visit;

import java.time.LocalDate;

/**
 * What the visit form holds, as typed: nothing here is checked yet.
 *
 * @param childId        the child's id, chosen or typed
 * @param date           the day of the visit (null when the picker is empty)
 * @param time           the time of the visit as typed, e.g. {@code 10:15}
 * @param seen           whether the child was seen
 * @param seenAlone      whether the child was seen alone (ignored when not seen)
 * @param notAloneReason why not alone (ignored unless seen and not alone)
 * @param notes          the worker's notes
 */
public record VisitDraft(String childId, LocalDate date, String time, boolean seen, boolean seenAlone,
                         String notAloneReason, String notes) {
}
