package org.doorstep.protocol.pull;

import org.doorstep.protocol.visit.StoredVisit;

/** A version of a visit the device does not hold yet (its own, once stored, or a colleague's). */
public record VisitChange(StoredVisit visit) implements Change {
    public static final String TYPE = "visit";
}
