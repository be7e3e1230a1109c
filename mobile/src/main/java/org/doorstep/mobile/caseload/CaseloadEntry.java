package org.doorstep.mobile.caseload;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One child of the caseload as the screen lists it.
 *
 * @param childId     the server's id
 * @param displayName the child's name
 * @param badge       where the child stands for the next visit
 * @param nextDueDate the earliest date something is due (past when overdue); null when nothing is
 * @param nextDueFor  what is due then, e.g. "child protection visit"; null when nothing is
 * @param returnClock a running missing-episode clock, or null
 * @param note        why the badge is {@link Badge#UNKNOWN}, or null
 */
public record CaseloadEntry(String childId, String displayName, Badge badge, LocalDate nextDueDate, String nextDueFor,
                            ReturnClock returnClock, String note) {
    public CaseloadEntry {
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(badge, "badge");
    }

    /** The name, or the id when the server sent none. */
    public String name() {
        return displayName == null || displayName.isBlank() ? childId : displayName;
    }
}
