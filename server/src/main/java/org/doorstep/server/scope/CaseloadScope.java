package org.doorstep.server.scope;

/**
 * Decides which children a caller may see and record for. Push and pull ask only this interface, so
 * the access model plugs in here without touching the sync code.
 */
public interface CaseloadScope {
    /** Whether {@code caller} may read and write records of the child {@code childId}. */
    boolean includes(Caller caller, String childId);
}
