package org.doorstep.protocol.pull;

/**
 * The child left the caller's caseload (re-allocated to another worker, moved to another team, case
 * closed): the device deletes the child and every record it holds of the child, once it has pushed any of
 * them still waiting to be sent. Carries the id only. Naming a child the device does not hold deletes
 * nothing.
 */
public record ChildRemovedChange(String childId) implements Change {
    public static final String TYPE = "child_removed";
}
