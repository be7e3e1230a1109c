package org.doorstep.mobile.store;

/**
 * The rules both visit stores follow for a correction: which version it corrects, and what it may not change.
 */
final class Corrections {
    private Corrections() {
    }

    /** A correction keeps the visit's child (the server refuses a move to another child). */
    static void checkSameChild(LocalVisit held, org.doorstep.protocol.visit.Visit corrected) {
        if (!held.visit().childId().equals(corrected.childId())) {
            throw new IllegalArgumentException("A correction cannot move the visit to another child (from "
                    + held.visit().childId() + " to " + corrected.childId() + ")");
        }
    }

    /**
     * The version the correction is based on: the version the last entry still in the outbox will become once
     * sent (a new visit becomes version 1, a correction its base plus one), else the version the server
     * acknowledged; null when the server never stored the visit (a rejected new visit is sent again as new).
     *
     * @param queued         whether an entry for the visit is still in the outbox
     * @param lastQueuedBase the base version of the last such entry (null: a new visit)
     */
    static Integer baseVersion(LocalVisit held, boolean queued, Integer lastQueuedBase) {
        if (queued) {
            return lastQueuedBase == null ? 1 : lastQueuedBase + 1;
        }
        return held.serverVersion();
    }
}
