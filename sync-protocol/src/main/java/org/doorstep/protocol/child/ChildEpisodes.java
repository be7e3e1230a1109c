package org.doorstep.protocol.child;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * Every episode the server holds for one child (RULES.md section 3), ended ones included, each list in start
 * order. An absent list is read as empty.
 *
 * @param plans                   child protection and child in need plans
 * @param placements              looked-after placements
 * @param privateFostering        private fostering arrangements
 * @param careLeaverAccommodation accommodation provided to the child as a care leaver
 */
public record ChildEpisodes(List<PlanEpisode> plans, List<PlacementEpisode> placements,
                            List<PrivateFosteringEpisode> privateFostering,
                            List<CareLeaverEpisode> careLeaverAccommodation) {
    /** A child with no episode: no visiting rule applies. */
    public static final ChildEpisodes NONE = new ChildEpisodes(List.of(), List.of(), List.of(), List.of());

    public ChildEpisodes {
        plans = plans == null ? List.of() : List.copyOf(plans);
        placements = placements == null ? List.of() : List.copyOf(placements);
        privateFostering = privateFostering == null ? List.of() : List.copyOf(privateFostering);
        careLeaverAccommodation = careLeaverAccommodation == null ? List.of() : List.copyOf(careLeaverAccommodation);
    }

    /** No episode at all. Not part of the JSON. */
    @JsonIgnore
    public boolean isEmpty() {
        return plans.isEmpty() && placements.isEmpty() && privateFostering.isEmpty() && careLeaverAccommodation.isEmpty();
    }
}
