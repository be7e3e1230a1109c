package org.doorstep.compliance.missing;

import java.util.Objects;

/**
 * One missing episode and its return interview record.
 *
 * @param episode   the episode
 * @param interview what has happened about its interview
 */
public record MissingRecord(MissingEpisode episode, ReturnInterview interview) {
    public MissingRecord {
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(interview, "interview");
    }
}
