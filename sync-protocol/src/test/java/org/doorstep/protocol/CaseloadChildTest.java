package org.doorstep.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.doorstep.protocol.child.CareLeaverEpisode;
import org.doorstep.protocol.child.CaseloadChild;
import org.doorstep.protocol.child.ChildEpisodes;
import org.doorstep.protocol.child.PlacementEpisode;
import org.doorstep.protocol.child.PlanEpisode;
import org.doorstep.protocol.child.PrivateFosteringEpisode;
import org.doorstep.protocol.pull.Change;
import org.doorstep.protocol.pull.ChildChange;
import org.doorstep.protocol.visit.ChildSummary;
import org.junit.jupiter.api.Test;

/** A child change carries what the rules need; the old two-field form still reads, both ways. */
class CaseloadChildTest {
    private final ObjectMapper json = ProtocolJson.newMapper();

    private static final CaseloadChild BEN = new CaseloadChild("C-1002", "Ben Sample", LocalDate.parse("2011-09-02"), "T-NORTH",
            new ChildEpisodes(
                    List.of(new PlanEpisode("P-1", PlanEpisode.CHILD_IN_NEED, LocalDate.parse("2025-01-06"), LocalDate.parse("2025-06-30"))),
                    List.of(new PlacementEpisode("A-1", LocalDate.parse("2025-07-01"), null, "general",
                            LocalDate.parse("2025-09-01"), null, null, LocalDate.parse("2025-08-12"))),
                    List.of(new PrivateFosteringEpisode("F-1", LocalDate.parse("2024-02-01"), null, LocalDate.parse("2024-05-01"))),
                    List.of(new CareLeaverEpisode("L-1", LocalDate.parse("2026-10-01"), "s23b", null))));

    @Test
    void aChildChangeRoundTripsWithItsEpisodesAndDates() throws Exception {
        String text = json.writeValueAsString(new ChildChange(BEN));
        JsonNode tree = json.readTree(text);

        assertEquals("child", tree.get("type").asText());
        assertEquals("2011-09-02", tree.at("/child/dateOfBirth").asText());
        assertEquals("T-NORTH", tree.at("/child/teamId").asText());
        assertEquals("cin", tree.at("/child/episodes/plans/0/kind").asText());
        assertEquals("2025-08-12", tree.at("/child/episodes/placements/0/firstReviewDate").asText());
        assertTrue(tree.at("/child/episodes/placements/0/endDate").isMissingNode(), "absent, not null: " + text);
        assertEquals("s23b", tree.at("/child/episodes/careLeaverAccommodation/0/basis").asText());
        assertEquals(List.of("plans", "placements", "privateFostering", "careLeaverAccommodation"),
                List.copyOf(iterable(tree.at("/child/episodes").fieldNames())), "nothing else: " + text);
        assertEquals(BEN, assertInstanceOf(ChildChange.class, json.readValue(text, Change.class)).child());
    }

    private static <T> java.util.List<T> iterable(java.util.Iterator<T> iterator) {
        java.util.List<T> list = new java.util.ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }

    @Test
    void anAppThatKnowsOnlyTheSummaryReadsTheNewFormAndTheNewAppReadsTheOld() throws Exception {
        String child = json.writeValueAsString(BEN);
        assertEquals(new ChildSummary("C-1002", "Ben Sample"), json.readValue(child, ChildSummary.class));

        Change old = json.readValue("{\"type\":\"child\",\"child\":{\"id\":\"C-1001\",\"displayName\":\"Ava Example\"}}",
                Change.class);
        CaseloadChild read = assertInstanceOf(ChildChange.class, old).child();
        assertEquals(CaseloadChild.named("C-1001", "Ava Example"), read);
        assertNull(read.episodes(), "episodes unknown, not empty");
    }

    @Test
    void absentEpisodeListsAreEmpty() throws Exception {
        ChildEpisodes episodes = json.readValue("{\"plans\":[{\"id\":\"P-9\",\"kind\":\"cp\",\"startDate\":\"2026-01-05\"}]}",
                ChildEpisodes.class);

        assertEquals(List.of(new PlanEpisode("P-9", "cp", LocalDate.parse("2026-01-05"), null)), episodes.plans());
        assertEquals(List.of(), episodes.placements());
        assertEquals(List.of(), episodes.careLeaverAccommodation());
        assertTrue(ChildEpisodes.NONE.isEmpty());
    }
}
