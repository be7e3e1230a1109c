package org.doorstep.protocol.pull;

import org.doorstep.protocol.visit.ChildSummary;

/** A child entered the device's caseload or changed. */
public record ChildChange(ChildSummary child) implements Change {
    public static final String TYPE = "child";
}
