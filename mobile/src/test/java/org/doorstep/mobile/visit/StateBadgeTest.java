package org.doorstep.mobile.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.doorstep.mobile.store.LocalVisit;
import org.doorstep.mobile.store.Rejection;
import org.doorstep.mobile.store.SyncState;
import org.doorstep.mobile.store.Visits;
import org.junit.jupiter.api.Test;

class StateBadgeTest {
    @Test
    void eachStateHasItsWordsAndStyle() {
        LocalVisit waiting = new LocalVisit(Visits.notSeen("C-1001"), SyncState.WAITING, null, null, null);
        LocalVisit sent = new LocalVisit(Visits.notSeen("C-1001"), SyncState.SENT, 1, null, null);
        LocalVisit rejected = new LocalVisit(Visits.notSeen("C-9999"), SyncState.REJECTED, null,
                new Rejection("unknown_child", "No child with id C-9999 is in your caseload", "visit.childId"), null);

        assertEquals("Waiting to sync", StateBadge.text(waiting));
        assertEquals("Sent", StateBadge.text(sent));
        assertEquals("Rejected: No child with id C-9999 is in your caseload", StateBadge.text(rejected));
        assertEquals("state-rejected", StateBadge.styleClass(rejected));
    }
}
