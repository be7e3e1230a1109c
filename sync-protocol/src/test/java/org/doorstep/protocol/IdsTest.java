package org.doorstep.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void idsAreVersion7AndSortInTheOrderTheyWereMade() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            UUID id = Ids.newId();
            assertEquals(7, id.version());
            assertEquals(2, id.variant());
            made.add(id.toString());
        }
        List<String> sorted = new ArrayList<>(made);
        sorted.sort(null);

        assertEquals(made, sorted, "ids compare as text in creation order, as the database indexes them");
        assertEquals(made.size(), new HashSet<>(made).size());
    }

    @Test
    void anIdCarriesTheMillisecondItWasMade() {
        long before = System.currentTimeMillis();
        UUID id = Ids.newId();
        long after = System.currentTimeMillis();

        long millis = id.getMostSignificantBits() >>> 16;
        assertTrue(millis >= before && millis <= after, millis + " not within " + before + ".." + after);
    }
}
