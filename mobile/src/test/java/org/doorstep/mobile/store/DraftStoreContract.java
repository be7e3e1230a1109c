package org.doorstep.mobile.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link DraftStore} does: run on the encrypted SQLite file and on the in-memory twin. */
abstract class DraftStoreContract {
    DraftStore drafts;

    abstract DraftStore newStore();

    @BeforeEach
    void create() {
        drafts = newStore();
    }

    @Test
    void aSavedDraftIsFoundByItsFormKeyOnly() {
        drafts.save("visit:C-1001", "{\"notes\":\"Kitchen tidy\"}");

        assertEquals(Optional.of("{\"notes\":\"Kitchen tidy\"}"), drafts.find("visit:C-1001"));
        assertTrue(drafts.find("visit:C-1002").isEmpty());
    }

    @Test
    void savingAgainReplacesTheDraft() {
        drafts.save("visit:C-1001", "first");
        drafts.save("visit:C-1001", "second");

        assertEquals(Optional.of("second"), drafts.find("visit:C-1001"));
    }

    @Test
    void deleteForgetsOnlyThatDraftAndIgnoresAMissingOne() {
        drafts.save("visit:C-1001", "a");
        drafts.save("visit:C-1002", "b");

        drafts.delete("visit:C-1001");
        drafts.delete("visit:C-9999");

        assertTrue(drafts.find("visit:C-1001").isEmpty());
        assertEquals(Optional.of("b"), drafts.find("visit:C-1002"));
    }

    @Test
    void blankKeyAndMissingContentAreRefusedWithTheirNames() {
        assertEquals("formKey must not be blank",
                assertThrows(IllegalArgumentException.class, () -> drafts.save(" ", "x")).getMessage());
        assertEquals("content", assertThrows(NullPointerException.class, () -> drafts.save("k", null)).getMessage());
    }
}
