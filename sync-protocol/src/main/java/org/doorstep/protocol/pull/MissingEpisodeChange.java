package org.doorstep.protocol.pull;

import org.doorstep.protocol.missing.StoredMissingEpisode;

/** A version of a missing episode the device does not hold yet. */
public record MissingEpisodeChange(StoredMissingEpisode episode) implements Change {
    public static final String TYPE = "missing_episode";
}
