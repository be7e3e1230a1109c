package org.doorstep.server.sync;

import java.util.List;
import java.util.Map;
import org.doorstep.server.access.AccessPolicy;
import org.doorstep.server.access.CallerProfile;
import org.doorstep.server.access.ChildRows;
import org.doorstep.server.access.ChildState;
import org.doorstep.server.access.ScopeChange;

/**
 * Whether one caller saw a child at a given change number, from the child's scope changes (each with its
 * state before and after) and its state now.
 */
final class ScopeHistory {
    private final AccessPolicy access;
    private final CallerProfile who;
    private final Map<String, String> teamAreas;
    private final Map<String, ChildRows.Row> visibleNow;
    private final Map<String, List<ScopeChange>> changes;

    ScopeHistory(AccessPolicy access, CallerProfile who, Map<String, String> teamAreas,
                 Map<String, ChildRows.Row> visibleNow, Map<String, List<ScopeChange>> changes) {
        this.access = access;
        this.who = who;
        this.teamAreas = teamAreas;
        this.visibleNow = visibleNow;
        this.changes = changes;
    }

    boolean sees(ChildState state) {
        return access.sees(who, state, state.teamId() == null ? null : teamAreas.get(state.teamId()));
    }

    /** Whether this scope change moved the child into (or out of) the caller's view. */
    boolean isTransition(ScopeChange change) {
        return sees(change.before()) != sees(change.after());
    }

    /**
     * Whether a change of the child numbered {@code number} is to be sent: the caller saw the child then, and
     * the child neither left nor entered their view between then and {@code upTo} (a later exit deletes it
     * from the device anyway; a later entry sends the child's whole history).
     */
    boolean deliverable(String childId, long number, long upTo) {
        List<ScopeChange> history = changes.getOrDefault(childId, List.of());
        ChildState then = null;
        for (ScopeChange change : history) {
            if (change.number() <= number) {
                then = change.after();
            } else {
                if (then == null) {
                    then = change.before();
                }
                if (change.number() <= upTo && isTransition(change)) {
                    return false;
                }
            }
        }
        if (then == null) {
            return visibleNow.containsKey(childId);
        }
        return sees(then);
    }
}
