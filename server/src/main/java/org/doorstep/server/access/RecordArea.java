package org.doorstep.server.access;

/** The kinds of case record whose write access can differ for one child. */
public enum RecordArea {
    /** Home visits. */
    VISITS,
    /** Missing episodes and return home interviews. */
    MISSING
}
