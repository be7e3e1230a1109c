package org.doorstep.protocol.visit;

/** A child as a device lists it: the server's id and the name workers know the child by. */
public record ChildSummary(String id, String displayName) {
}
