package org.doorstep.mobile.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.doorstep.mobile.store.InMemoryDraftStore;
import org.junit.jupiter.api.Test;

/** A draft is its author's: someone else signing in on the same device is not offered it. */
class VisitDraftsTest {
    private final InMemoryDraftStore store = new InMemoryDraftStore();
    private final VisitDraft typed = VisitDraft.basic("C-1001", LocalDate.of(2026, 11, 20), "09:30", true, false,
            "child_refused", "Asked for mum to stay", "Sam's unsaved notes");

    @Test
    void theAuthorGetsTheirDraftBackAndNobodyElseDoes() {
        new VisitDrafts(store, "sam.worker").save(VisitDrafts.newVisitKey("C-1001"), typed);

        assertEquals(typed, new VisitDrafts(store, "Sam.Worker").find(VisitDrafts.newVisitKey("C-1001")).orElseThrow(),
                "usernames are compared as the server does, without case");
        assertTrue(new VisitDrafts(store, "ana.worker").find(VisitDrafts.newVisitKey("C-1001")).isEmpty(),
                "another person on the same device sees no draft");
    }

    @Test
    void someoneElsesDeleteLeavesTheAuthorsDraft() {
        new VisitDrafts(store, "sam.worker").save(VisitDrafts.newVisitKey("C-1001"), typed);

        new VisitDrafts(store, "ana.worker").delete(VisitDrafts.newVisitKey("C-1001"));

        assertTrue(new VisitDrafts(store, "sam.worker").find(VisitDrafts.newVisitKey("C-1001")).isPresent());
    }
}
