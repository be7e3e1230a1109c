package org.doorstep.compliance.missing;

import java.time.Instant;
import java.util.Objects;

/**
 * A missing episode.
 *
 * @param start      when the child went missing
 * @param returnedAt when the child returned, or was found and returned, to their home or care setting
 *                   (the return interview's clock starts here)
 */
public record MissingEpisode(Instant start, Instant returnedAt) {
    public MissingEpisode {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(returnedAt, "returnedAt");
        if (returnedAt.isBefore(start)) {
            throw new IllegalArgumentException("returnedAt " + returnedAt + " is before the episode's start " + start);
        }
    }
}
